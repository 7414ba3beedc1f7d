package vm

import "github.com/bytepy/bytepy/interp/py"

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
		f.privOK = false // its locals are visible now (callpriv.go)
		fo.Sync, fo.Live = syncFrameObj, f
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
	fo.Sync, fo.Live = nil, nil
	fo.Locals = f.locals
	fo.Fast = append(fo.Fast[:0], f.fast...)
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

// syncFrameObj is the Sync of a running frame's object.
func syncFrameObj(fo *py.FrameObj) { fillFrameObj(fo, fo.Live.(*Frame), -2) }

// Tracebacks: an exception passing through a frame adds an entry, and
// the first entry for an activation also makes its frame object, which
// copies the locals when the frame is released. For small frames the
// three come in one allocation.
type (
	tbFrame4 struct {
		tb   py.Traceback
		fo   py.FrameObj
		fast [4]py.Value
	}
	tbFrame8 struct {
		tb   py.Traceback
		fo   py.FrameObj
		fast [8]py.Value
	}
)

// The first entry of an exception's traceback comes with the exception
// (py.Exception.TracebackRoom); its frame object, when one is made, is
// then one allocation with the room for the locals.
type (
	frame4 struct {
		fo   py.FrameObj
		fast [4]py.Value
	}
	frame8 struct {
		fo   py.FrameObj
		fast [8]py.Value
	}
)

// traceback puts an entry for f at instruction lasti in front of exc's
// traceback (PyTraceBack_Here) and returns it.
func (th *thread) traceback(exc *py.Exception, f *Frame, lasti int) *py.Traceback {
	next := exc.Traceback
	var tb *py.Traceback
	var mem *py.FrameObj
	switch n := len(f.fast); {
	case next == nil:
		tb = exc.TracebackRoom()
		switch {
		case f.obj != nil || n > 8:
		case n <= 4:
			b := new(frame4)
			mem = &b.fo
			mem.Fast = b.fast[:0]
		default:
			b := new(frame8)
			mem = &b.fo
			mem.Fast = b.fast[:0]
		}
	case f.obj != nil || n > 8:
		tb = new(py.Traceback)
	case n <= 4:
		b := new(tbFrame4)
		tb, mem = &b.tb, &b.fo
		mem.Fast = b.fast[:0]
	default:
		b := new(tbFrame8)
		tb, mem = &b.tb, &b.fo
		mem.Fast = b.fast[:0]
	}
	if mem != nil {
		mem.SetType(py.FrameType)
		mem.Lasti = -1
	}
	co := f.rt.code
	tb.SetType(py.TracebackType)
	tb.Next, tb.Code, tb.Lasti, tb.Line = next, co, lasti, f.rt.lineAt(lasti)
	tb.Frame = th.frameObjectIn(f, lasti, mem)
	return tb
}
