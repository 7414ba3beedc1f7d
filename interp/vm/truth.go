package vm

import (
	"sync/atomic"

	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// truthSlow is bool(v) for what truthFast leaves: the built-in
// containers answer from their length without a slot call, and an
// instance of a plain class with neither __bool__ nor __len__ is true
// without the two MRO lookups py.Truth makes, once its type (at its
// current version) has been seen to be such a class.
func truthSlow(t *py.Thread, v py.Value) (bool, *py.Exception) {
	if v.IsNull() {
		return py.Truth(t, v)
	}
	switch typ := v.Type(); typ {
	case py.StrType:
		return py.AsStr(v).S() != "", nil
	case py.ListType:
		return len(py.AsList(v).Items()) > 0, nil
	case py.TupleType:
		return len(py.AsTuple(v)) > 0, nil
	default:
		if e := plainTruth.Load(); e != nil && e.typ == typ && e.version == typ.Version() {
			return true, nil
		}
		if typ.PlainAttrs() && typ.Version() != 0 &&
			typ.Lookup(strBool).IsNull() && typ.Lookup(strLen).IsNull() {
			plainTruth.Store(&plainTruthEntry{typ, typ.Version()})
			return true, nil
		}
	}
	return py.Truth(t, v)
}

// plainTruthEntry records the last class found to have no __bool__ and
// no __len__; the version makes a later class change (adding either)
// miss the entry.
type plainTruthEntry struct {
	typ     *py.Type
	version uint64
}

var plainTruth atomic.Pointer[plainTruthEntry]

var strBool, strLen = py.Intern("__bool__"), py.Intern("__len__")

// constCmpFusable reports whether LOAD_CONST; COMPARE_OP op; POP_JUMP_IF_*
// runs as one instruction: the ordering compares and the identity tests
// (`x is None`), whose answer never needs a call.
func constCmpFusable(op int32) bool {
	return op <= opcode.CmpGE || op == opcode.CmpIs || op == opcode.CmpIsNot
}
