package vm

import "github.com/bytepy/bytepy/interp/py"

// Generators resumed by FOR_ITER run in the loop that iterates them,
// as a call would: the generator's frame is pushed on top of the
// iterating frame (not an entry frame), its YIELD hands the value
// straight to the FOR_ITER, and its return or exception ends the loop
// or raises there. Everything else (next(), send(), builtins consuming
// generators) still goes through Generator.resume, which enters run.

// inlinable reports whether FOR_ITER may resume g in the current loop.
func (g *Generator) inlinable(t *py.Thread) bool {
	return !g.running && !g.done && g.frame != nil && t.Depth < t.RecursionLimit
}

// resumeInline does resume's bookkeeping for a generator that caller's
// FOR_ITER resumes in the loop; it returns the frame to run.
func (th *thread) resumeInline(g *Generator, caller *Frame) *Frame {
	gf := g.frame
	if g.started {
		gf.stk[gf.sp] = py.None
		gf.sp++
	} else {
		g.started = true
	}
	t := th.pt
	t.Depth++
	gf.back = caller
	th.frame = gf
	gf.entry = false
	gf.yielded = false
	g.throwing = nil
	g.exc.Prev = t.Exc
	t.Exc = &g.exc
	g.running = true
	return gf
}

// suspendInline undoes resumeInline when the generator yields; it
// returns the frame whose FOR_ITER receives the value.
func (th *thread) suspendInline(gf *Frame) *Frame {
	g := gf.gen
	g.running = false
	t := th.pt
	t.Exc = g.exc.Prev
	g.exc.Prev = nil
	caller := gf.back
	th.pop(gf)
	return caller
}

// finishInline ends an inline-resumed generator that returned r or
// raised exc, and returns the exception its FOR_ITER raises (as
// resume does, StopIteration leaking out becomes RuntimeError).
func (th *thread) finishInline(gf *Frame, r py.Value, exc *py.Exception) *py.Exception {
	g := gf.gen
	th.suspendInline(gf)
	g.done = true
	g.frame = nil
	if exc == nil {
		g.retval = r
		return nil
	}
	if exc.Matches(py.StopIterationType) {
		re := py.Errorf(py.RuntimeErrorType, "generator raised StopIteration")
		re.Cause = exc.V()
		re.Context = exc.V()
		re.SuppressContext = true
		return re
	}
	return exc
}
