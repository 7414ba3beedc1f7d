package vm

import "github.com/bytepy/bytepy/interp/py"

// Generators resumed by FOR_ITER run in the loop that iterates them,
// as a call would: the generator's frame is pushed on top of the
// iterating frame (not an entry frame), its YIELD hands the value
// straight to the FOR_ITER, and its return or exception ends the loop
// or raises there. A generator's `yield from` a generator runs that
// subgenerator the same way, on top of the delegating frame, which is
// left at its YIELD_FROM: a value the subgenerator yields is yielded on
// by the delegating generator (and so on down a chain of them), its
// return value becomes the YIELD_FROM's result and its exception is
// raised there. Everything else (next(), send(), builtins consuming
// generators) still goes through Generator.resume, which enters run.

// inlinable reports whether FOR_ITER may resume g in the current loop.
func (g *Generator) inlinable(t *py.Thread) bool {
	return !g.running && !g.done && g.frame != nil && t.Depth < t.RecursionLimit
}

// pairGen is the generator under the enumerate, or first under the zip
// of two, it when FOR_ITER (with its UNPACK_SEQUENCE 2) may resume it in
// the current loop, else nil. When it yields, the loop counts or takes
// the zip's second item itself.
func pairGen(it py.Value, t *py.Thread) *Generator {
	var inner py.Value
	if it.Type() == py.EnumerateType {
		inner = py.EnumerateIter(it)
	} else {
		inner = py.ZipFirst(it)
	}
	if !inner.IsNull() && inner.Type() == generatorType {
		if g := py.AsPtr[Generator](inner); g.inlinable(t) {
			return g
		}
	}
	return nil
}

// delegatesInline reports whether the generator g (suspended, or
// running the frame that executes YIELD_FROM) may run its subgenerator
// sub in the current loop: yield from a plain generator, with nothing
// sent, as resume would run it. Coroutines and async generators keep
// the general path.
func (g *Generator) delegatesInline(sub *Generator, t *py.Thread) bool {
	return g != nil && sub.inlinable(t) && py.FromPtr(g).Type() == generatorType && sub.frame != nil
}

// resumeInline does resume's bookkeeping for a generator that caller's
// FOR_ITER resumes in the loop; it returns the frame to run. A store is
// skipped where the field already holds the value, which saves the
// write barrier of pointer fields.
func (th *thread) resumeInline(g *Generator, caller *Frame) *Frame {
	gf := g.frame
	if g.started {
		gf.resumeWith(py.None)
	} else {
		g.started = true
	}
	t := th.pt
	t.Depth++
	gf.back = caller
	th.frame = gf
	gf.entry = false
	gf.yielded = false
	if g.throwing != nil {
		g.throwing = nil
	}
	g.exc.Prev = t.Exc
	t.Exc = &g.exc
	g.running = true
	return gf
}

// resumeWith gives a generator frame suspended at a yield the value
// the yield expression returns. A `yield x` statement drops it with the
// POP_TOP that follows, which nothing can observe: the frame then just
// goes on after it, one dispatch fewer per item.
func (f *Frame) resumeWith(v py.Value) {
	if f.ins.at(f.pc).op == opPopTop {
		f.pc++
		return
	}
	f.stk[f.sp] = v
	f.sp++
}

// suspendInline undoes resumeInline when the generator yields; it
// returns the frame whose FOR_ITER receives the value. It is th.pop for
// a generator's frame, written out.
func (th *thread) suspendInline(gf *Frame) *Frame {
	g := gf.gen
	g.running = false
	t := th.pt
	t.Exc = g.exc.Prev
	g.exc.Prev = nil
	caller := gf.back
	t.Depth -= 1 + gf.extraDepth
	if th.realLimit != 0 {
		th.recovered()
	}
	gf.extraDepth = 0
	th.frame = caller
	gf.back = nil
	return caller
}

// finishInline ends an inline-resumed generator that returned r or
// raised exc, and returns the exception its FOR_ITER raises (as
// resume does, StopIteration leaking out becomes RuntimeError).
func (th *thread) finishInline(gf *Frame, r py.Value, exc *py.Exception) *py.Exception {
	g := gf.gen
	th.suspendInline(gf)
	g.done = true
	g.dropFrame()
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
