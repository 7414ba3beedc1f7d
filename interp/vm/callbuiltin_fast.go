package vm

import "github.com/bytepy/bytepy/interp/py"

// The CALL_METHOD arm's first test: a Go method loaded by LOAD_METHOD on
// a receiver of the method's own type (an exact str, list, dict...) is
// called on the stack's arguments with nothing in between, as the
// generic builtin path further down would call it (one recursion level,
// the position saved for tracebacks), without that path's checks for
// bound methods, functions and classes. CALL_METHOD never carries
// keywords. l.append(x) and s.add(k) of an int are answered there
// without any call, as the generic arm answers them.

// clearVals empties stack slots [from, to), without bounds checks (the
// direct call's exits that are not its common one).
func clearVals(stack *valArr, from, to int) {
	for i := from; i < to; i++ {
		*stack.p(i) = py.Value{}
	}
}
