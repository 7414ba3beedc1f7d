package vm

import "github.com/bytepy/bytepy/interp/code"

// A range(...) whose iterator goes straight to GET_ITER gets an iterator
// that lives in the frame (opCallGetIter), to save its allocation. That
// is only sound while the iterator cannot outlive the frame, which is
// reused for the next call once this one returns. A generator expression
// is the way it can: `return (f(i) for i in range(n))` hands the iterator
// to a generator that runs after the frame is gone, and would then read
// a slot some later call has overwritten. So in code that makes
// generator expressions, only an iterator consumed by this frame's own
// FOR_ITER is frame-owned.
func makesGenexpr(c *code.Code) bool {
	if c == nil {
		return false
	}
	for _, k := range c.Consts {
		if cc, ok := k.(*code.Code); ok && cc.Name == "<genexpr>" {
			return true
		}
	}
	return false
}
