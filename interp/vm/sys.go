package vm

import (
	"io"
	"math"
	"os"
	"runtime"

	"github.com/bytepy/bytepy/interp/py"
)

// textWriter is sys.stdout / sys.stderr: write() goes to a Go writer.
type textWriter struct {
	py.Object
	w    func() io.Writer
	name string
}

var textWriterType = py.NewType("TextIOWrapper", py.ObjectType)

func newTextWriter(name string, w func() io.Writer) py.Value {
	o := &textWriter{w: w, name: name}
	o.SetType(textWriterType)
	return py.FromPtr(o)
}

func writerOf(v py.Value) (io.Writer, bool) {
	if v.Type() != textWriterType {
		return nil, false
	}
	return py.AsPtr[textWriter](v).w(), true
}

// callIter is iter(callable, sentinel).
type callIter struct {
	py.Object
	fn, sentinel py.Value
	done         bool
}

var callIterType = py.NewType("callable_iterator", py.ObjectType)

func newCallIter(fn, sentinel py.Value) py.Value {
	o := &callIter{fn: fn, sentinel: sentinel}
	o.SetType(callIterType)
	return py.FromPtr(o)
}

func init() {
	textWriterType.Module = "_io"
	py.AddMethod(textWriterType, "write", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 || !py.IsStr(a[1]) {
			if len(a) == 2 {
				return py.Null, py.Errorf(py.TypeErrorType, "write() argument must be str, not %s", py.TypeName(a[1]))
			}
			return py.Null, py.Errorf(py.TypeErrorType, "write() takes exactly one argument")
		}
		s := py.StrOf(a[1])
		io.WriteString(py.AsPtr[textWriter](a[0]).w(), s)
		return py.MakeInt(int64(py.AsStr(a[1]).Len())), nil
	})
	py.AddMethod(textWriterType, "flush", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.None, nil
	})
	textWriterType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		return "<_io.TextIOWrapper name='<" + py.AsPtr[textWriter](v).name + ">' mode='w' encoding='UTF-8'>", nil
	}
	callIterType.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }
	callIterType.Next = func(t *py.Thread, v py.Value) (py.Value, bool, *py.Exception) {
		o := py.AsPtr[callIter](v)
		if o.done {
			return py.Null, false, nil
		}
		r, err := py.Call(t, o.fn, nil, nil)
		if err != nil {
			if err.Matches(py.StopIterationType) {
				o.done = true
				return py.Null, false, nil
			}
			return py.Null, false, err
		}
		eq, err := py.Equal(t, r, o.sentinel)
		if err != nil {
			return py.Null, false, err
		}
		if eq {
			o.done = true
			return py.Null, false, nil
		}
		return r, true, nil
	}
	// super() with no arguments reads the calling frame.
	inner := py.SuperType.New
	py.SuperType.New = func(t *py.Thread, typ *py.Type, args []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(args) > 0 {
			return inner(t, typ, args, kw)
		}
		f := t.VM.(*thread).frame
		if f == nil {
			return py.Null, py.Errorf(py.RuntimeErrorType, "super(): no current frame")
		}
		co := f.rt.code
		if co.ArgCount == 0 {
			return py.Null, py.Errorf(py.RuntimeErrorType, "super(): no arguments")
		}
		self := f.fast[0]
		if self.IsNull() && f.rt.cell2arg != nil {
			for i, j := range f.rt.cell2arg {
				if j == 0 {
					self = f.cells[i].V
				}
			}
		}
		if self.IsNull() {
			return py.Null, py.Errorf(py.RuntimeErrorType, "super(): arg[0] deleted")
		}
		for i, n := range co.FreeVars {
			if n == "__class__" {
				c := f.cells[len(co.CellVars)+i].V
				if c.IsNull() {
					return py.Null, py.Errorf(py.RuntimeErrorType, "super(): empty __class__ cell")
				}
				if !py.IsType(c) {
					return py.Null, py.Errorf(py.RuntimeErrorType, "super(): __class__ is not a type (%s)", py.TypeName(c))
				}
				return inner(t, typ, []py.Value{c, self}, nil)
			}
		}
		return py.Null, py.Errorf(py.RuntimeErrorType, "super(): __class__ cell not found")
	}
}

// The struct sequence types of sys's version and number facts.
var (
	versionInfoType = py.NewStructSeqType("version_info", "sys", "sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
	floatInfoType   = py.NewStructSeqType("float_info", "sys", "sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
	hashInfoType    = py.NewStructSeqType("hash_info", "sys", "sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"})
	intInfoType     = py.NewStructSeqType("int_info", "sys", "sys.int_info", []string{"bits_per_digit", "sizeof_digit"})
)

// minSysNames is a lower bound of sys's names (33 today), for sizing its
// namespace up front.
const minSysNames = 30

func newSysModule(it *Interp) *py.Module {
	m := py.NewModuleSized("sys", minSysNames)
	set := m.Set
	set("stdout", newTextWriter("stdout", func() io.Writer { return it.Stdout }))
	set("stderr", newTextWriter("stderr", func() io.Writer { return it.Stderr }))
	set("stdin", newStdin(it))
	set("__stdin__", m.Dict.Must("stdin"))
	set("__stdout__", m.Dict.Must("stdout"))
	set("__stderr__", m.Dict.Must("stderr"))
	set("modules", it.Modules.V())
	set("argv", py.NewList([]py.Value{py.NewStr("")}))
	set("path", py.NewList(nil))
	set("platform", py.NewStr(runtime.GOOS))
	set("byteorder", py.NewStr("little"))
	set("maxsize", py.MakeInt(1<<63-1))
	set("version", py.NewStr("3.7.16 (bytepy)"))
	i, f, str := py.MakeInt, py.MakeFloat, py.NewStr
	set("version_info", py.NewStructSeq(versionInfoType, []py.Value{i(3), i(7), i(16), str("final"), i(0)}))
	set("float_info", py.NewStructSeq(floatInfoType, []py.Value{f(math.MaxFloat64), i(1024), i(308), f(2.2250738585072014e-308),
		i(-1021), i(-307), i(15), i(53), f(2.220446049250313e-16), i(2), i(1)}))
	set("hash_info", py.NewStructSeq(hashInfoType, []py.Value{i(64), i(1<<61 - 1), i(314159), i(0), i(1000003), str("siphash24"), i(64), i(128), i(0)}))
	set("int_info", py.NewStructSeq(intInfoType, []py.Value{i(30), i(4)}))
	set("float_repr_style", str("short"))
	set("maxunicode", i(0x10ffff))
	set("hexversion", py.MakeInt(0x030710f0))
	set("implementation", py.NewStr("bytepy"))
	set("executable", py.NewStr(os.Args[0]))
	def := func(name string, fn bfn) { set(name, py.NewBuiltin(name, fn)) }
	def("getrecursionlimit", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.MakeInt(int64(t.VM.(*thread).recursionLimit())), nil
	})
	def("setrecursionlimit", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("setrecursionlimit", a, kw); err != nil {
			return py.Null, err
		}
		n, err := py.IndexInt(t, a[0])
		if err != nil {
			return py.Null, err
		}
		if n < 1 {
			return py.Null, py.NewValueError("recursion limit must be greater or equal than 1")
		}
		t.VM.(*thread).setRecursionLimit(int(n))
		return py.None, nil
	})
	def("exc_info", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		for s := t.Exc; s != nil; s = s.Prev {
			if !s.Value.IsNull() && !s.Value.IsNone() {
				return py.NewTuple([]py.Value{s.Type, s.Value, s.Tb}), nil
			}
		}
		return py.NewTuple([]py.Value{py.None, py.None, py.None}), nil
	})
	def("_getframe", it.getframe)
	def("exit", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.Null, py.NewException(py.SystemExitType, a...)
	})
	def("intern", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("intern", a, kw); err != nil {
			return py.Null, err
		}
		if a[0].Type() != py.StrType {
			return py.Null, py.Errorf(py.TypeErrorType, "intern() argument 1 must be str, not %s", py.TypeName(a[0]))
		}
		return py.InternV(py.StrOf(a[0])), nil
	})
	def("getsizeof", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return getSizeOf(t, a, kw)
	})
	def("displayhook", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("displayhook", a, kw); err != nil {
			return py.Null, err
		}
		return py.None, it.display(t, a[0])
	})
	return m
}
