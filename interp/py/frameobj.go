package py

import (
	"fmt"
	"unsafe"

	"github.com/bytepy/bytepy/interp/code"
)

// FrameObj is a frame as Python code sees it (sys._getframe, tb_frame,
// gi_frame). The VM's own frames are pooled and reused, so this is a
// record the VM fills in from one: code, namespaces, a copy of the fast
// locals and the position. The VM refreshes it while the frame runs;
// once the frame is gone it keeps what it last showed.
type FrameObj struct {
	Object
	Code     *code.Code
	Globals  *Dict
	Builtins *Dict
	Locals   *Dict   // name-based locals (module and class bodies), else nil
	Fast     []Value // the fast locals, in co_varnames order
	Cells    []*Cell // cellvars then freevars
	Lasti    int     // instruction index of the last instruction run; -1 before the first
	Back     *FrameObj
	// Live is the VM's frame while it runs, nil after: FrameSync
	// refreshes the record from it before Python code reads it. (One
	// pointer rather than a func and an interface keeps the record, made
	// for each frame an exception leaves, in a smaller size class.)
	Live unsafe.Pointer
}

// FrameSync, set by the VM, refreshes a running frame's record.
var FrameSync func(f *FrameObj)

// FrameType is the type of frame objects.
var FrameType = newBuiltinType("frame", ObjectType)

// NewFrameObj makes an empty frame record for the VM to fill in.
func NewFrameObj() *FrameObj {
	f := &FrameObj{Lasti: -1}
	f.typ = FrameType
	return f
}

// V is the frame as a value (None for nil).
func (f *FrameObj) V() Value {
	if f == nil {
		return None
	}
	return valueOf(unsafe.Pointer(f))
}

// Lineno is the line being run (f_lineno).
func (f *FrameObj) Lineno() int {
	if f.Lasti < 0 {
		return f.Code.FirstLineNo
	}
	return f.Code.Addr2Line(2 * f.Lasti)
}

// LocalsDict is f_locals: the name dict, or the fast locals and cells
// gathered into a new dict.
func (f *FrameObj) LocalsDict() *Dict {
	if f.Locals != nil {
		return f.Locals
	}
	d := NewDict()
	co := f.Code
	for i, n := range co.VarNames {
		if i < len(f.Fast) && !f.Fast[i].IsNull() {
			d.SetStr(n, f.Fast[i])
		}
	}
	for i, c := range f.Cells {
		var n string
		if i < len(co.CellVars) {
			n = co.CellVars[i]
		} else if i-len(co.CellVars) < len(co.FreeVars) {
			n = co.FreeVars[i-len(co.CellVars)]
		} else {
			continue
		}
		if c != nil && !c.V.IsNull() {
			d.SetStr(n, c.V)
		}
	}
	return d
}

// NewTracebackFrame is NewTraceback with the frame the entry belongs to.
func NewTracebackFrame(next *Traceback, co *code.Code, lasti int, frame *FrameObj) *Traceback {
	tb := NewTraceback(next, co, lasti)
	tb.Frame = frame
	return tb
}

func initFrameObj() {
	ft := FrameType
	frame := func(v Value) *FrameObj {
		f := (*FrameObj)(v.p)
		if f.Live != nil {
			FrameSync(f)
		}
		return f
	}
	ft.Repr = func(t *Thread, v Value) (string, *Exception) {
		f := frame(v)
		return fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", IDOf(v), f.Code.Filename, f.Lineno(), f.Code.Name), nil
	}
	get := func(name string, g func(f *FrameObj) Value) {
		addGetter(ft, name, func(t *Thread, v Value) (Value, *Exception) { return g(frame(v)), nil })
	}
	get("f_code", func(f *FrameObj) Value { return CodeValue(f.Code) })
	get("f_globals", func(f *FrameObj) Value { return f.Globals.V() })
	get("f_builtins", func(f *FrameObj) Value {
		if f.Builtins == nil {
			return NewDict().V()
		}
		return f.Builtins.V()
	})
	get("f_locals", func(f *FrameObj) Value { return f.LocalsDict().V() })
	get("f_lineno", func(f *FrameObj) Value { return MakeInt(int64(f.Lineno())) })
	get("f_lasti", func(f *FrameObj) Value {
		if f.Lasti < 0 {
			return MakeInt(-1)
		}
		return MakeInt(int64(2 * f.Lasti))
	})
	get("f_back", func(f *FrameObj) Value { return f.Back.V() })
	get("f_trace", func(f *FrameObj) Value { return None })
	get("f_trace_lines", func(f *FrameObj) Value { return True })
	get("f_trace_opcodes", func(f *FrameObj) Value { return False })
	addMethod(ft, "clear", func(t *Thread, a []Value, kw []string) (Value, *Exception) { return None, nil })

	tt := TracebackType
	tb := func(v Value) *Traceback { return (*Traceback)(v.p) }
	addGetter(tt, "tb_frame", func(t *Thread, v Value) (Value, *Exception) {
		x := tb(v)
		if x.Frame == nil {
			// an entry made without its frame: a record of where it was
			x.Frame = NewFrameObj()
			x.Frame.Code = x.Code
			x.Frame.Globals = NewDict()
			x.Frame.Lasti = x.Lasti
		}
		return x.Frame.V(), nil
	})
	addGetter(tt, "tb_lasti", func(t *Thread, v Value) (Value, *Exception) { return MakeInt(int64(2 * tb(v).Lasti)), nil })
	addGetter(tt, "tb_lineno", func(t *Thread, v Value) (Value, *Exception) { return MakeInt(int64(tb(v).Line)), nil })
	addGetter(tt, "tb_next", func(t *Thread, v Value) (Value, *Exception) { return tb(v).Next.V(), nil })
}
