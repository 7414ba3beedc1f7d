package vm

import "github.com/bytepy/bytepy/interp/py"

// `a[i + c]` and `a[i - c]` with a and i locals and c an int constant
// (a neighbour's item: fannkuch's perm1[i + 1]) are LOAD_FAST a;
// LOAD_FAST i; LOAD_CONST c; BINARY_ADD/SUBTRACT; BINARY_SUBSCR, which
// the translator makes opLoadFast2, opConstBin, opBinary, opBinarySubscr:
// four dispatches. As opFastIdxConstSubscr, which takes the opLoadFast2's
// place, an exact list or tuple a and an inline int i whose i ± c is an
// index in range push the item at once; the add of two inline ints and
// the subscript of an exact list run no Python code, so nothing could
// have seen the skipped steps. Anything else loads as opLoadFast2 and
// the instructions run as written.

// idxConstLen is how many instructions follow the opFastIdxConstSubscr
// (the one reading i) through the BINARY_SUBSCR.
const idxConstLen = 4

// fuseIdxConstSubscr marks each opLoadFast2 that starts the expression.
func fuseIdxConstSubscr(rt *codeRT) {
	ins := rt.instrs
	var targets []bool
	for i := 0; i+idxConstLen < len(ins); i++ {
		if ins[i].op != opLoadFast2 || ins[i+2].op != opConstBin || ins[i+3].op != opBinary ||
			ins[i+4].op != opBinarySubscr || !rt.consts[ins[i+2].arg].IsInt() ||
			(ins[i+3].arg != py.OpAdd && ins[i+3].arg != py.OpSub) {
			continue
		}
		if c := rt.consts[ins[i+2].arg].Int(); c < -1<<31 || c > 1<<31 {
			continue
		}
		if noJumpInto(rt.code, &targets, i+1, i+idxConstLen) {
			ins[i].op = opFastIdxConstSubscr
		}
	}
}

// idxConstItem is the item a[i op c] of an opFastIdxConstSubscr; ok is
// false when the expression must run as written.
func idxConstItem(a, i, c py.Value, op int32) (v py.Value, ok bool) {
	if !i.IsInt() || a.IsNull() {
		return v, false
	}
	if typ := a.Type(); typ != py.ListType && typ != py.TupleType {
		return v, false
	}
	k, d := i.Int(), c.Int()
	if k < -1<<40 || k > 1<<40 {
		return v, false
	}
	if op == py.OpSub {
		d = -d
	}
	k += d
	items := py.SeqItems(a)
	if k < 0 {
		k += int64(len(items))
	}
	if uint64(k) >= uint64(len(items)) {
		return v, false
	}
	return items[k], true
}
