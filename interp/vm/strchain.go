package vm

import "github.com/bytepy/bytepy/interp/py"

// strAddNext reports, at a BINARY_ADD whose left operand is an exact str,
// whether b is an exact str too and the next instruction adds a constant
// or local that is one (a + b + c): then c is returned and the caller
// makes the whole in one concatenation, skipping the operand's fused
// instruction and its operator. The middle result would only have sat
// on the stack, where no code can see it.
func strAddNext(f *Frame, instrs *instrArr, pc int, op int32, b py.Value) (py.Value, bool) {
	if op != py.OpAdd || b.Type() != py.StrType {
		return py.Value{}, false
	}
	nx := instrs[pc]
	var c py.Value
	switch nx.op {
	case opConstBin:
		c = f.rt.consts[nx.arg]
	case opFastBin:
		c = f.loc[nx.arg]
		if c.IsNull() {
			return py.Value{}, false // unbound: the plain path raises
		}
	default:
		return py.Value{}, false
	}
	if c.Type() != py.StrType {
		return py.Value{}, false
	}
	switch nb := instrs[pc+1]; nb.op {
	case opBinary, opInplace, opBinaryStore, opInplaceStore:
		// a store form is skipped with its operator: opConstBin and
		// opFastBin leave their result on the stack, and the
		// STORE_FAST after runs as an instruction of its own
		return c, nb.arg == py.OpAdd
	}
	return py.Value{}, false
}
