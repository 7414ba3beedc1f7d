package vm

import "github.com/bytepy/bytepy/interp/py"

// Recursion headroom.
//
// CPython 3.7 lets code that is handling a RecursionError go deeper than
// the limit: the first overflow marks the thread "overflowed" and, until
// the depth falls below a low-water mark (limit-50, or 3/4 of a limit of
// 200 or less), further levels are allowed up to limit+50. That is why
// an except block just below the limit can still call len(), str() or a
// Python function. Here the overflowed state is the limit itself raised
// by 50 (so the hot depth checks stay one compare), with the real limit
// kept in thread.realLimit until the depth has dropped back.

// overflowHeadroom is how far past the limit an overflowed thread may go.
const overflowHeadroom = 50

// recursionError is the RecursionError for a level refused at the limit;
// where is "" or " while calling a Python object" as CPython says it.
func (th *thread) recursionError(where string) *py.Exception {
	t := th.pt
	if th.realLimit == 0 {
		th.realLimit = t.RecursionLimit
		t.RecursionLimit += overflowHeadroom
		th.lowWater = lowWaterMark(th.realLimit)
	}
	return py.Errorf(py.RecursionErrorType, "maximum recursion depth exceeded%s", where)
}

// lowWaterMark is the depth below which an overflowed thread is back to
// its ordinary limit (_Py_RecursionLimitLowerWaterMark).
func lowWaterMark(limit int) int {
	if limit > 200 {
		return limit - 50
	}
	return 3 * (limit >> 2)
}

// recovered ends the overflowed state once the depth is below the low-water
// mark. Only pop calls it, not the common return in run (a check there
// costs every call): that is still exact, because the RecursionError's
// traceback gave every frame under it a frame object (the f_back chain),
// and a frame with an object returns through pop.
func (th *thread) recovered() {
	if th.pt.Depth < th.lowWater {
		th.pt.RecursionLimit = th.realLimit
		th.realLimit = 0
	}
}

// recursionLimit is sys.getrecursionlimit(): the real limit, not the
// raised one of an overflowed thread.
func (th *thread) recursionLimit() int {
	if th.realLimit != 0 {
		return th.realLimit
	}
	return th.pt.RecursionLimit
}

// setRecursionLimit is sys.setrecursionlimit(n), keeping the headroom of
// an overflowed thread on top of the new limit.
func (th *thread) setRecursionLimit(n int) {
	if th.realLimit != 0 {
		th.realLimit = n
		th.lowWater = lowWaterMark(n)
		n += overflowHeadroom
	}
	th.pt.RecursionLimit = n
}
