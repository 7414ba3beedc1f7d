package vm

import "github.com/bytepy/bytepy/interp/py"

// sumSeq is sum() over an exact list or tuple: the items are read by
// index, as the list's iterator would read them (so a list that an
// __add__ changes is seen changed), without making the iterator, and
// int and float additions take the eval loop's number fast paths.
func sumSeq(t *py.Thread, seq, acc py.Value) (py.Value, *py.Exception) {
	for i := 0; ; i++ {
		items := py.SeqItems(seq)
		if i >= len(items) {
			return acc, nil
		}
		v := items[i]
		if r, ok := addInts(acc, v); ok {
			acc = r
			continue
		}
		if acc.IsInt() && v.IsInt() {
			acc = py.IntAdd(acc, v)
			continue
		}
		if r, ok := arithFast(py.OpAdd, acc, v); ok {
			acc = r
			continue
		}
		var err *py.Exception
		if acc, err = py.BinaryOp(t, py.OpAdd, acc, v); err != nil {
			return py.Null, err
		}
	}
}
