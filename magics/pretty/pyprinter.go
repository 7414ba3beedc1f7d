package pretty

import (
	"sync"

	"github.com/bytepy/bytepy/interp/py"
)

// The printer _repr_pretty_ receives: a Python object whose methods drive
// the Go Printer (text, breakable, break_, pretty, begin_group, end_group,
// group and indent as context managers, flush), with the attributes a
// printer is read for (indentation, max_width, max_seq_length, verbose).

type pyPrinter struct {
	py.Object
	p *Printer
}

// pyContext is what p.group(...) and p.indent(...) return.
type pyContext struct {
	py.Object
	p      *Printer
	indent int
	open   string
	close  string
	group  bool // false: indent only
}

var (
	typesOnce   sync.Once
	printerType *py.Type
	contextType *py.Type
)

func (p *Printer) pyValue() py.Value {
	if p.pyObj.IsNull() {
		typesOnce.Do(makeTypes)
		o := &pyPrinter{p: p}
		o.SetType(printerType)
		p.pyObj = py.FromPtr(o)
	}
	return p.pyObj
}

func self(v py.Value) (*Printer, *py.Exception) {
	if v.Type() != printerType {
		return nil, py.NewTypeError("descriptor requires a 'RepresentationPrinter' object")
	}
	return py.AsPtr[pyPrinter](v).p, nil
}

func intArg(v py.Value, def int) (int, *py.Exception) {
	switch {
	case v.IsNull():
		return def, nil
	case v.IsInt() || v.IsBool():
		return int(v.Int()), nil
	}
	return 0, py.NewTypeError("an integer is required (got type " + py.TypeName(v) + ")")
}

func strArg(t *py.Thread, v py.Value, def string) (string, *py.Exception) {
	if v.IsNull() {
		return def, nil
	}
	if py.IsStr(v) {
		return py.StrOf(v), nil
	}
	return py.Str_(t, v)
}

// method adds a printer method whose arguments (after self) are names.
func method(name string, names []string, nreq int, fn func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception)) {
	py.AddMethod(printerType, name, func(t *py.Thread, args []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(args)-len(kw) < 1 {
			return py.Null, py.NewTypeError(name + "() needs a RepresentationPrinter")
		}
		p, err := self(args[0])
		if err != nil {
			return py.Null, err
		}
		a, err := py.ParseArgs(name, args[1:], kw, names, nreq)
		if err != nil {
			return py.Null, err
		}
		return fn(t, p, a)
	})
}

func makeTypes() {
	printerType = py.NewType("RepresentationPrinter", py.ObjectType)
	printerType.Module = "IPython.lib.pretty"
	printerType.Qualname = "RepresentationPrinter"
	contextType = py.NewType("_GeneratorContextManager", py.ObjectType)
	contextType.Module = "contextlib"
	contextType.Qualname = "_GeneratorContextManager"

	method("text", []string{"obj"}, 1, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg(t, a[0], "")
		if err != nil {
			return py.Null, err
		}
		p.text(s)
		return py.None, nil
	})
	method("breakable", []string{"sep"}, 0, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg(t, a[0], " ")
		if err != nil {
			return py.Null, err
		}
		p.breakable(s)
		return py.None, nil
	})
	method("break_", nil, 0, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		p.forceBreak()
		return py.None, nil
	})
	method("flush", nil, 0, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		p.flush()
		return py.None, nil
	})
	method("pretty", []string{"obj"}, 1, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		if err := p.pretty(a[0]); err != nil {
			return py.Null, err
		}
		return py.None, nil
	})
	method("begin_group", []string{"indent", "open"}, 0, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		n, err := intArg(a[0], 0)
		if err != nil {
			return py.Null, err
		}
		s, err := strArg(t, a[1], "")
		if err != nil {
			return py.Null, err
		}
		p.beginGroup(n, s)
		return py.None, nil
	})
	method("end_group", []string{"dedent", "close"}, 0, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		n, err := intArg(a[0], 0)
		if err != nil {
			return py.Null, err
		}
		s, err := strArg(t, a[1], "")
		if err != nil {
			return py.Null, err
		}
		if len(p.stack) == 0 || len(p.layout.stack) < 2 {
			return py.Null, py.Errorf(py.IndexErrorType, "pop from empty list")
		}
		p.endGroup(n, s)
		return py.None, nil
	})
	method("group", []string{"indent", "open", "close"}, 0, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		n, err := intArg(a[0], 0)
		if err != nil {
			return py.Null, err
		}
		o, err := strArg(t, a[1], "")
		if err != nil {
			return py.Null, err
		}
		c, err := strArg(t, a[2], "")
		if err != nil {
			return py.Null, err
		}
		return newContext(&pyContext{p: p, indent: n, open: o, close: c, group: true}), nil
	})
	method("indent", []string{"indent"}, 1, func(t *py.Thread, p *Printer, a []py.Value) (py.Value, *py.Exception) {
		n, err := intArg(a[0], 0)
		if err != nil {
			return py.Null, err
		}
		return newContext(&pyContext{p: p, indent: n}), nil
	})

	getter := func(name string, get func(p *Printer) py.Value) {
		py.AddGetter(printerType, name, func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			p, err := self(v)
			if err != nil {
				return py.Null, err
			}
			return get(p), nil
		})
	}
	getter("indentation", func(p *Printer) py.Value { return py.MakeInt(int64(p.indent)) })
	getter("max_width", func(p *Printer) py.Value { return py.MakeInt(int64(p.maxWidth)) })
	getter("max_seq_length", func(p *Printer) py.Value { return py.MakeInt(int64(p.maxSeq)) })
	getter("output_width", func(p *Printer) py.Value { return py.MakeInt(int64(p.outWidth)) })
	getter("verbose", func(p *Printer) py.Value { return py.False })
	getter("newline", func(p *Printer) py.Value { return py.NewStr(p.newlineStr) })

	py.AddMethod(contextType, "__enter__", func(t *py.Thread, args []py.Value, kw []string) (py.Value, *py.Exception) {
		c, err := context(args)
		if err != nil {
			return py.Null, err
		}
		if c.group {
			c.p.beginGroup(c.indent, c.open)
		} else {
			c.p.indent += c.indent
		}
		return py.None, nil
	})
	py.AddMethod(contextType, "__exit__", func(t *py.Thread, args []py.Value, kw []string) (py.Value, *py.Exception) {
		c, err := context(args)
		if err != nil {
			return py.Null, err
		}
		if c.group {
			c.p.endGroup(c.indent, c.close)
		} else {
			c.p.indent -= c.indent
		}
		return py.False, nil
	})
}

func newContext(c *pyContext) py.Value {
	c.SetType(contextType)
	return py.FromPtr(c)
}

func context(args []py.Value) (*pyContext, *py.Exception) {
	if len(args) == 0 || args[0].Type() != contextType {
		return nil, py.NewTypeError("descriptor requires a '_GeneratorContextManager' object")
	}
	return py.AsPtr[pyContext](args[0]), nil
}
