package vm

import "github.com/bytepy/bytepy/interp/py"

// reusePooled is newPooledFrame for a call: when the pooled frame at this
// depth last ran the same code (a function called again and again from
// one place), its views and sizes are still right, and only the locals
// and registers need resetting. Skipping the pointer stores matters while
// the GC is marking, when each one costs a write barrier.
func (th *thread) reusePooled(rt *codeRT) *Frame {
	if th.npool < len(th.pool) {
		f := th.pool[th.npool]
		if f.rt != rt {
			f = th.poolFor(rt)
		}
		if f != nil {
			th.npool++
			// element by element: clear of pointerful memory goes
			// through the runtime's bulk barrier
			for i := range f.fast {
				f.fast[i] = py.Value{}
			}
			f.sp, f.pc, f.nblocks, f.entry = 0, 0, 0, false
			return f
		}
	}
	return th.newPooledFrame(rt)
}
