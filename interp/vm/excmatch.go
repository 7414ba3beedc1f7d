package vm

import (
	"github.com/bytepy/bytepy/interp/opcode"
	"github.com/bytepy/bytepy/interp/py"
)

// `except (A, B):` compiles to BUILD_TUPLE 2; COMPARE_OP exception-match.
// The tuple is consumed by the compare at once and matching runs no
// Python code (3.7 tests subclassing with PyType_IsSubtype, never
// __subclasscheck__), so nothing can see it: opTupleExcMatch matches the
// exception against the stack's items as they would be in the tuple and
// skips the allocation. An error is raised at the COMPARE_OP, as before.

// excMatchItems is COMPARE_OP exception-match of exc against a tuple of
// the classes cs.
func excMatchItems(exc py.Value, cs []py.Value) (py.Value, *py.Exception) {
	for _, c := range cs {
		if !isExcClass(c) {
			return py.Null, errCannotCatch()
		}
	}
	for _, c := range cs {
		if excMatches(exc, c) {
			return py.True, nil
		}
	}
	return py.False, nil
}

// isExcClass is PyExceptionClass_Check.
func isExcClass(c py.Value) bool {
	if !py.IsType(c) {
		return false
	}
	// BaseException is next to last in the MRO of every exception class
	// but those that also derive from another class after it
	t := py.AsType(c)
	if m := t.MRO; len(m) >= 2 && m[len(m)-2] == py.BaseExceptionType {
		return true
	}
	return t.IsSubtype(py.BaseExceptionType)
}

func errCannotCatch() *py.Exception {
	return py.Errorf(py.TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// checkExcClass is the check before an exception match (cmp_outcome in
// 3.7's ceval.c): a tuple's items must be exception classes themselves
// (a nested tuple is refused, though PyErr_GivenExceptionMatches would
// look inside it).
func checkExcClass(b py.Value) *py.Exception {
	if py.IsTuple(b) {
		for _, x := range py.AsTuple(b) {
			if !isExcClass(x) {
				return errCannotCatch()
			}
		}
		return nil
	}
	if !isExcClass(b) {
		return errCannotCatch()
	}
	return nil
}

// `except C:` compiles to DUP_TOP; LOAD_GLOBAL C; COMPARE_OP
// exception-match; POP_JUMP_IF_FALSE (with an EXTENDED_ARG's no-op before
// the jump when the handler is far). As opExcMatchJump, whose argument
// is the distance from the LOAD_GLOBAL to the jump, the DUP_TOP does all
// four when C is in the LOAD_GLOBAL's cache and is an exception class
// and the exception is a class: a subclass test and the branch. Anything
// else runs the instructions as written, so errors (NameError, catching
// a non-exception class) come from where they did.

// fuseExcMatch marks the DUP_TOP of each `except C:` test.
func fuseExcMatch(rt *codeRT) {
	ins := rt.instrs
	n := len(ins) - 1 // the opThrowPending sentinel ends it
	for i := 0; i+3 < n; i++ {
		if ins[i].op != opDupTop || ins[i+1].op != opLoadGlobal || ins[i+2] != (instr{opCompareOp, opcode.CmpExcMatch}) {
			continue
		}
		j := i + 3
		if ins[j].op == opNop && j+1 < n {
			j++
		}
		if ins[j].op == opPopJumpIfFalse {
			ins[i] = instr{opExcMatchJump, int32(j - i - 1)}
		}
	}
}

// excClassMatch is COMPARE_OP exception-match of the class a against b
// when b is an exception class; ok false: run the compare as written.
func excClassMatch(a, b py.Value) (match, ok bool) {
	if !py.IsType(a) || !isExcClass(b) {
		return false, false
	}
	return py.AsType(a).IsSubtype(py.AsType(b)), true
}

// pushExcState pushes the exception state an except or finally handler
// saves (tb, value, type; None for unset), returning the new sp.
func pushExcState(stack *valArr, sp int, es *py.ExcState) int {
	tb, v, typ := es.Tb, es.Value, es.Type
	if tb.IsNull() {
		tb = py.None
	}
	if v.IsNull() {
		v = py.None
	}
	if typ.IsNull() {
		typ = py.None
	}
	*stack.p(sp), *stack.p(sp + 1), *stack.p(sp + 2) = tb, v, typ
	return sp + 3
}
