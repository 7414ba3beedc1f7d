package vm

import "github.com/bytepy/bytepy/interp/py"

// Codes taking turns at one call depth (a loop calling several small
// functions, richards' task methods, closures.py's adders and lambdas)
// used to retarget the depth's pooled frame at every call. Each pool
// slot now keeps a few frames (an altSet, shared by them through
// Frame.alt), and a call puts the one that last ran its code in the
// slot, so views and sizes stay put; only the slot's pointer is stored.
// All the set's frames but the slot's were freed when last left, so
// which of them sits in the slot changes nothing a program can see.

// poolAlts bounds the frames of one slot.
const poolAlts = 16

// altSet is the frames of one pool slot; next is the one a miss replaces
// (round robin).
type altSet struct {
	fr   [poolAlts]*Frame
	next int
}

// poolFor readies the free pooled frame at th.npool (not yet taken) for
// rt, whose code differs from the slot frame's: the set's frame that
// last ran rt, else a new frame while the set is short, else the next
// one retargeted. nil when that frame's buffers are too small (the
// caller's slow path grows the slot's with newPooledFrame).
func (th *thread) poolFor(rt *codeRT) *Frame {
	f := th.pool[th.npool]
	s := f.alt
	if s == nil {
		if f.rt == nil {
			if f.retarget(rt) {
				return f
			}
			return nil
		}
		s = &altSet{}
		s.fr[0] = f
		f.alt = s
	}
	if a := rt.altFrame; a != nil && a.alt == s && a.rt == rt {
		th.pool[th.npool] = a
		return a
	}
	for _, a := range &s.fr {
		if a == nil {
			break
		}
		if a.rt == rt {
			rt.altFrame = a
			th.pool[th.npool] = a
			return a
		}
	}
	i := s.next
	s.next = (i + 1) % poolAlts
	a := s.fr[i]
	if a == nil {
		a = newAltFrame(rt)
		a.alt = s
		s.fr[i] = a
	} else if !a.retarget(rt) {
		return nil
	}
	rt.altFrame = a
	th.pool[th.npool] = a
	return a
}

// newAltFrame is a pooled frame for rt outside the pool.
func newAltFrame(rt *codeRT) *Frame {
	nf := &Frame{pooled: true}
	nf.mem = make([]py.Value, rt.frameSize+16)[:rt.frameSize]
	nf.fast = nf.mem[:rt.nlocals:rt.nlocals]
	nf.stack = nf.mem[rt.nlocals:]
	nf.rt = rt
	nf.setViews()
	nf.riters = make([]py.RangeIter, rt.nrange)
	return nf
}
