package vm

import (
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
	return py.IsType(c) && py.AsType(c).IsSubtype(py.BaseExceptionType)
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
