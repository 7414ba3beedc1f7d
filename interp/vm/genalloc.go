package vm

// A generator owns its frame, so a generator call (a generator
// expression above all) used to allocate a frame and its locals+stack
// every time. A finished generator's frame is unreachable, though,
// unless a frame object was made for it (a traceback entry, gi_frame,
// sys._getframe), which reads the Frame live: such frames are kept by
// the thread for the next generator call, as ordinary calls reuse
// pooled frames.

// genFramesMax bounds the frames a thread keeps for generators.
const genFramesMax = 16

// newGenFrame is newHeapFrame for generator code.
func (th *thread) newGenFrame(rt *codeRT) *Frame {
	if n := len(th.genFrames); n > 0 {
		f := th.genFrames[n-1]
		th.genFrames[n-1] = nil
		th.genFrames = th.genFrames[:n-1]
		if f.retarget(rt) {
			return f
		}
	}
	return newHeapFrame(rt)
}

// dropFrame lets go of a finished generator's frame, keeping it for
// reuse when nothing else can reach it.
func (g *Generator) dropFrame() {
	f := g.frame
	g.frame = nil
	if f == nil || f.obj != nil || f.pooled || f.gen != g || len(g.th.genFrames) >= genFramesMax {
		return
	}
	// as a new heap frame: only the buffers are kept
	mem, riters, tmp := f.mem[:cap(f.mem)], f.riters, f.sliceTmp
	clear(mem)
	*f = Frame{mem: mem, riters: riters, sliceTmp: tmp}
	g.th.genFrames = append(g.th.genFrames, f)
}
