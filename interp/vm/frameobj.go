package vm

import (
	"unsafe"

	"github.com/bytepy/bytepy/interp/py"
)

func init() { py.FrameSync = syncFrameObj }

// frameObject returns f's Python face (py.FrameObj). Each activation has
// one, made on first request (sys._getframe, a traceback entry, a
// generator's gi_frame). While the activation runs the object reads it
// live through its Sync hook; when a pooled frame is released (freeFrame)
// the object keeps a last copy and is cut loose, since the Frame will be
// reused. The frames behind are linked once, when the object is made, so
// a traceback through n frames costs O(n). lasti is the instruction
// index to show, or -2 to take it from the saved pc.
func (th *thread) frameObject(f *Frame, lasti int) *py.FrameObj {
	return th.frameObjectIn(f, lasti, nil)
}

// frameObjectIn is frameObject making the object, if f has none yet, in
// the memory given (when not nil).
func (th *thread) frameObjectIn(f *Frame, lasti int, mem *py.FrameObj) *py.FrameObj {
	if f == nil {
		return nil
	}
	fo := f.obj
	if fo == nil {
		if fo = mem; fo == nil {
			fo = py.NewFrameObj()
		}
		f.obj = fo
		f.special = true
		f.privOK = 0 // its locals are visible now (callpriv.go)
		fo.Live = unsafe.Pointer(f)
		fo.Back = th.backObject(f)
	} else if f.gen != nil {
		// a generator is resumed from wherever next() is called
		fo.Back = th.backObject(f)
	}
	// Python code reads a running frame's object only through Sync,
	// which refreshes it, so copying the locals now would be wasted;
	// the record gets them when the frame is released.
	fo.Code = f.rt.code
	if lasti == -2 {
		lasti = f.pc - 1
	}
	fo.Lasti = lasti
	return fo
}

func (th *thread) backObject(f *Frame) *py.FrameObj {
	back := f.back
	if back == nil || (f.gen != nil && !f.gen.running) {
		// a suspended generator has no caller
		return nil
	}
	if back.obj != nil {
		return back.obj
	}
	return th.frameObject(back, -2)
}

func fillFrameObj(fo *py.FrameObj, f *Frame, lasti int) {
	fo.Code = f.rt.code
	fo.Globals = f.globals
	fo.Builtins = f.builtins
	fo.Locals = f.locals
	fo.Fast = append(fo.Fast[:0], f.fast...)
	fo.Cells = f.cells
	if lasti == -2 {
		lasti = f.pc - 1
	}
	fo.Lasti = lasti
}

// detachFrameObj gives f's frame object its last locals before f is
// reused.
func detachFrameObj(f *Frame) {
	fo := f.obj
	fo.Live = nil
	fo.Locals = f.locals
	if n := len(f.fast); n <= cap(fo.Fast) {
		// the room made with the record (traceback): a plain copy into
		// fresh memory
		dst := fo.Fast[:n]
		for i, v := range f.fast {
			dst[i] = v
		}
		fo.Fast = dst
	} else {
		fo.Fast = append(fo.Fast[:0], f.fast...)
	}
	fo.Cells = f.cells
}

// getframe is sys._getframe(depth).
func (it *Interp) getframe(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := py.NoKw("_getframe", kw); err != nil {
		return py.Null, err
	}
	depth := int64(0)
	if len(a) > 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "_getframe expected at most 1 arguments, got %d", len(a))
	}
	if len(a) == 1 {
		n, err := py.IndexInt(t, a[0])
		if err != nil {
			return py.Null, err
		}
		depth = n
	}
	th := it.th
	f := th.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return py.Null, py.NewValueError("call stack is not deep enough")
	}
	return th.frameObject(f, -2).V(), nil
}

// syncFrameObj is the Sync of a running frame's object. A generator's
// frame has as f_back whoever resumed it while it runs, and none while
// it is suspended or finished (gen_send_ex clears it after each
// resumption).
func syncFrameObj(fo *py.FrameObj) {
	f := (*Frame)(fo.Live)
	fillFrameObj(fo, f, -2)
	if f.gen != nil {
		fo.Back = f.gen.th.backObject(f)
	}
}

// Tracebacks: an exception passing through a frame adds an entry, and
// the first entry for an activation also makes its frame object, which
// copies the locals when the frame is released. The frame object comes
// in one allocation with the room for the locals (sized for 2, 4 or 8)
// and with the entry, unless the exception brought room for that
// (py.Exception.TracebackRoom). When the frame has no handler left to
// catch the exception, it is sure to pass to the caller, whose entry is
// then made in the same allocation too.
type (
	frame2 struct {
		fo   py.FrameObj
		fast [2]py.Value
	}
	frame4 struct {
		fo   py.FrameObj
		fast [4]py.Value
	}
	frame8 struct {
		fo   py.FrameObj
		fast [8]py.Value
	}
	frame2Next struct {
		frame2
		next py.Traceback
	}
	frame4Next struct {
		frame4
		next py.Traceback
	}
	tbFrame2 struct {
		tb py.Traceback
		frame2
	}
	tbFrame4 struct {
		tb py.Traceback
		frame4
	}
	tbFrame8 struct {
		tb py.Traceback
		frame8
	}
	tbFrame2Next struct {
		tb py.Traceback
		frame2Next
	}
	tbFrame4Next struct {
		tb py.Traceback
		frame4Next
	}
)

// traceback puts an entry for f at instruction lasti in front of exc's
// traceback (PyTraceBack_Here) and returns it.
func (th *thread) traceback(exc *py.Exception, f *Frame, lasti int) *py.Traceback {
	tb := exc.TracebackRoom()
	var mem *py.FrameObj
	if n := len(f.fast); f.obj == nil && n <= 8 {
		var fast []py.Value
		var next *py.Traceback
		on := n <= 4 && passesOn(f)
		if tb != nil {
			switch {
			case n <= 2 && on:
				// the record brings its own entry and the exception's
				// room serves the caller's (recSlab says why)
				b := th.recs.r2.New()
				next, tb, mem, fast = tb, &b.tb, &b.fo, b.fast[:0]
			case n <= 2:
				b := new(frame2)
				mem, fast = &b.fo, b.fast[:0]
			case on:
				b := th.recs.r4.New()
				next, tb, mem, fast = tb, &b.tb, &b.fo, b.fast[:0]
			case n <= 4:
				b := new(frame4)
				mem, fast = &b.fo, b.fast[:0]
			default:
				b := new(frame8)
				mem, fast = &b.fo, b.fast[:0]
			}
		} else {
			switch {
			case n <= 2 && on:
				b := new(tbFrame2Next)
				tb, mem, fast, next = &b.tb, &b.fo, b.fast[:0], &b.next
			case n <= 2:
				b := new(tbFrame2)
				tb, mem, fast = &b.tb, &b.fo, b.fast[:0]
			case on:
				b := new(tbFrame4Next)
				tb, mem, fast, next = &b.tb, &b.fo, b.fast[:0], &b.next
			case n <= 4:
				b := new(tbFrame4)
				tb, mem, fast = &b.tb, &b.fo, b.fast[:0]
			default:
				b := new(tbFrame8)
				tb, mem, fast = &b.tb, &b.fo, b.fast[:0]
			}
		}
		mem.SetType(py.FrameType)
		mem.Lasti = -1
		mem.Fast = fast
		if next != nil {
			exc.SetTracebackRoom(next)
		}
	} else if tb == nil {
		tb = new(py.Traceback)
	}
	co := f.rt.code
	tb.SetType(py.TracebackType)
	tb.Next, tb.Code, tb.Lasti, tb.Line = exc.Traceback, co, lasti, f.rt.lineAt(lasti)
	tb.Frame = th.frameObjectIn(f, lasti, mem)
	return tb
}

// recSlab makes the records of the commonest case, an exception that
// brought room for its entry leaving a frame of up to 4 locals on the
// way to the caller, a batch at a time: one trip through the Go
// allocator per batch (as py.Slab does for call tuples). A record kept
// by a stored traceback keeps its batch alive, so a record must not
// point into another batch: the exceptions come in batches too (py's
// excalloc.go), and records whose caller's entry pointed back into the
// exception's memory, while the exception points at its record, tied
// each batch of records to the exceptions' batches before it and they
// to the records' before them whenever the two streams were out of
// step: nothing was ever freed. So a record carries the entry for its
// own frame, whose Next is nil (the first entry of a raise), and the
// exception's room holds the caller's entry, which points forward into
// the record.
type recSlab struct {
	r2 py.Batch[tbFrame2]
	r4 py.Batch[tbFrame4]
}

// passesOn reports whether an exception in f is sure to reach f's
// caller in this loop: f has no except, finally or with block to catch
// it, and neither Go code nor a generator's resumer is the caller.
func passesOn(f *Frame) bool {
	if f.entry || f.gen != nil {
		return false
	}
	for i := 0; i < f.nblocks; i++ {
		if t := f.blocks[i].typ; t == blockExcept || t == blockFinally {
			return false
		}
	}
	return true
}
