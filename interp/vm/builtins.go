package vm

import (
	"errors"
	"io"
	"math"
	"math/big"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax"
)

type bfn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func setupBuiltins(it *Interp) {
	b := it.Builtins
	for _, typ := range []*py.Type{py.ObjectType, py.TypeType, py.IntType, py.BoolType, py.FloatType, py.ComplexType,
		py.StrType, py.BytesType, py.ByteArrayType, py.TupleType, py.ListType, py.DictType, py.SetType, py.FrozenSetType,
		py.RangeType, py.SliceType, py.PropertyType, py.ClassMethodType, py.StaticMethodType, py.SuperType,
		py.EnumerateType, py.ZipType, py.MapType, py.FilterType, py.ReversedType, py.MemoryViewType} {
		b.SetStr(typ.Name, typ.V())
	}
	for _, typ := range py.ExceptionTypes {
		b.SetStr(typ.Name, typ.V())
	}
	b.SetStr("EnvironmentError", py.OSErrorType.V())
	b.SetStr("IOError", py.OSErrorType.V())
	b.SetStr("None", py.None)
	b.SetStr("True", py.True)
	b.SetStr("False", py.False)
	b.SetStr("NotImplemented", py.NotImplemented)
	b.SetStr("Ellipsis", py.Ellipsis)
	b.SetStr("__debug__", py.True)
	def := func(name string, fn bfn) { b.SetStr(name, py.NewBuiltin(name, fn)) }
	def("print", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return builtinPrint(it, t, a, kw)
	})
	def("len", builtinLen)
	def("repr", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("repr", a, kw); err != nil {
			return py.Null, err
		}
		return py.ReprV(t, a[0])
	})
	def("ascii", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("ascii", a, kw); err != nil {
			return py.Null, err
		}
		return py.ASCIIV(t, a[0])
	})
	def("hash", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("hash", a, kw); err != nil {
			return py.Null, err
		}
		h, err := py.Hash(t, a[0])
		return py.MakeInt(h), err
	})
	def("id", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("id", a, kw); err != nil {
			return py.Null, err
		}
		return py.MakeInt(py.IDOf(a[0])), nil
	})
	def("abs", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("abs", a, kw); err != nil {
			return py.Null, err
		}
		return py.Abs(t, a[0])
	})
	def("callable", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := oneArg("callable", a, kw); err != nil {
			return py.Null, err
		}
		return py.MakeBool(isCallable(a[0])), nil
	})
	def("iter", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := argRange("iter", a, kw, 1, 2); err != nil {
			return py.Null, err
		}
		if len(a) == 2 {
			if !isCallable(a[0]) {
				return py.Null, py.Errorf(py.TypeErrorType, "iter(v, w): v must be callable")
			}
			return newCallIter(a[0], a[1]), nil
		}
		return py.Iter(t, a[0])
	})
	def("next", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) < 1 || len(a) > 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "next expected at least 1 arguments, got %d", len(a))
		}
		if a[0].Type().Next == nil {
			return py.Null, py.Errorf(py.TypeErrorType, "'%s' object is not an iterator", py.TypeName(a[0]))
		}
		v, ok, err := py.Next(t, a[0])
		if err != nil {
			return py.Null, err
		}
		if !ok {
			stop := t.TakeStop(a[0])
			if len(a) == 2 {
				return a[1], nil
			}
			if stop != nil {
				return py.Null, stop // the iterator's own StopIteration, value and all
			}
			if a[0].Type() == generatorType {
				g := py.AsPtr[Generator](a[0])
				r := g.retval
				g.retval = py.None
				if !r.IsNull() {
					return py.Null, py.NewStopIteration(r)
				}
			}
			return py.Null, py.NewException(py.StopIterationType)
		}
		return v, nil
	})
	def("isinstance", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "isinstance expected 2 arguments, got %d", len(a))
		}
		r, err := isInstance(t, a[0], a[1])
		return py.MakeBool(r), err
	})
	def("issubclass", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "issubclass expected 2 arguments, got %d", len(a))
		}
		if !py.IsType(a[0]) {
			return py.Null, py.Errorf(py.TypeErrorType, "issubclass() arg 1 must be a class")
		}
		r, err := isSubclass(t, py.AsType(a[0]), a[1])
		return py.MakeBool(r), err
	})
	def("getattr", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) < 2 || len(a) > 3 {
			return py.Null, py.Errorf(py.TypeErrorType, "getattr expected at least 2 arguments, got %d", len(a))
		}
		if !py.IsStr(a[1]) {
			return py.Null, py.Errorf(py.TypeErrorType, "getattr(): attribute name must be string")
		}
		name := py.Intern(py.StrOf(a[1]))
		if v, found, ok := plainLookup(a[0], name); ok && (found || len(a) == 3) {
			if !found {
				v = a[2]
			}
			return v, nil
		}
		v, err := py.GetAttr(t, a[0], name)
		if err != nil && len(a) == 3 && err.Matches(py.AttributeErrorType) {
			return a[2], nil
		}
		return v, err
	})
	def("setattr", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 3 {
			return py.Null, py.Errorf(py.TypeErrorType, "setattr expected 3 arguments, got %d", len(a))
		}
		if !py.IsStr(a[1]) {
			return py.Null, py.Errorf(py.TypeErrorType, "attribute name must be string, not '%s'", py.TypeName(a[1]))
		}
		return py.None, py.SetAttr(t, a[0], py.Intern(py.StrOf(a[1])), a[2])
	})
	def("delattr", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "delattr expected 2 arguments, got %d", len(a))
		}
		if !py.IsStr(a[1]) {
			return py.Null, py.Errorf(py.TypeErrorType, "attribute name must be string, not '%s'", py.TypeName(a[1]))
		}
		return py.None, py.SetAttr(t, a[0], py.Intern(py.StrOf(a[1])), py.Null)
	})
	def("hasattr", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "hasattr expected 2 arguments, got %d", len(a))
		}
		if !py.IsStr(a[1]) {
			return py.Null, py.Errorf(py.TypeErrorType, "hasattr(): attribute name must be string")
		}
		name := py.Intern(py.StrOf(a[1]))
		if _, found, ok := plainLookup(a[0], name); ok {
			return py.MakeBool(found), nil
		}
		_, err := py.GetAttr(t, a[0], name)
		if err != nil {
			if err.Matches(py.AttributeErrorType) {
				return py.False, nil
			}
			return py.Null, err
		}
		return py.True, nil
	})
	def("chr", builtinChr)
	def("ord", builtinOrd)

	radix := func(name string, base int, prefix string) {
		def(name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if err := oneArg(name, a, kw); err != nil {
				return py.Null, err
			}
			v, err := py.IndexValue(t, a[0])
			if err != nil {
				return py.Null, err
			}
			return py.IntRadix(v, base, prefix), nil
		})
	}
	radix("hex", 16, "0x")
	radix("oct", 8, "0o")
	radix("bin", 2, "0b")
	def("format", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) < 1 || len(a) > 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "format expected at most 2 arguments, got %d", len(a))
		}
		spec := ""
		if len(a) == 2 {
			if !py.IsStr(a[1]) {
				return py.Null, py.Errorf(py.TypeErrorType, "format() argument 2 must be str, not %s", py.TypeName(a[1]))
			}
			spec = py.StrOf(a[1])
		}
		return py.FormatValueV(t, a[0], spec)
	})
	def("any", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) { return anyAll(t, a, kw, true) })
	def("all", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return anyAll(t, a, kw, false)
	})
	def("sum", builtinSum)
	def("min", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return minMax(t, a, kw, "min", py.LT)
	})
	def("max", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return minMax(t, a, kw, "max", py.GT)
	})
	def("sorted", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("sorted", a, kw, []string{"iterable", "*", "key", "reverse"}, 1)
		if err != nil {
			return py.Null, err
		}
		items, err := py.Collect(t, p[0])
		if err != nil {
			return py.Null, err
		}
		items = append([]py.Value(nil), items...)
		rev := false
		if !p[2].IsNull() {
			rev, err = py.Truth(t, p[2])
			if err != nil {
				return py.Null, err
			}
		}
		// CPython's sorted calls the new list's sort method, a level of
		// recursion of its own (it decides where a key function that
		// sorts again hits the limit, and the message)
		if t.Depth >= t.RecursionLimit {
			return py.Null, t.VM.(*thread).recursionError(" while calling a Python object")
		}
		t.Depth++
		err = py.SortValues(t, items, p[1], rev)
		t.Depth--
		if err != nil {
			return py.Null, err
		}
		return py.NewList(items), nil
	})
	def("divmod", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 2 {
			return py.Null, py.Errorf(py.TypeErrorType, "divmod expected 2 arguments, got %d", len(a))
		}
		if f := a[0].Type().LookupS("__divmod__"); a[0].Type().User && !f.IsNull() {
			return py.CallMethod(t, a[0], "__divmod__", a[1])
		}
		q, err := py.BinaryOp(t, py.OpFloorDiv, a[0], a[1])
		if err != nil {
			if err.Matches(py.TypeErrorType) {
				return py.Null, py.Errorf(py.TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", py.TypeName(a[0]), py.TypeName(a[1]))
			}
			return py.Null, err
		}
		r, err := py.BinaryOp(t, py.OpMod, a[0], a[1])
		if err != nil {
			return py.Null, err
		}
		return py.Tuple2(q, r), nil
	})
	def("pow", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := argRange("pow", a, kw, 2, 3); err != nil {
			return py.Null, err
		}
		if len(a) == 3 && !a[2].IsNone() {
			if !py.IsIntLike(a[0]) || !py.IsIntLike(a[1]) || !py.IsIntLike(a[2]) {
				return py.Null, py.Errorf(py.TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			return py.IntPowMod(a[0], a[1], a[2])
		}
		return py.BinaryOp(t, py.OpPow, a[0], a[1])
	})
	def("round", builtinRound)
	def("globals", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := argRange("globals", a, kw, 0, 0); err != nil {
			return py.Null, err
		}
		return it.th.frame.globals.V(), nil
	})
	def("locals", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := argRange("locals", a, kw, 0, 0); err != nil {
			return py.Null, err
		}
		return frameLocals(it.th.frame).V(), nil
	})
	def("vars", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := argRange("vars", a, kw, 0, 1); err != nil {
			return py.Null, err
		}
		if len(a) == 0 {
			return frameLocals(it.th.frame).V(), nil
		}
		v, err := py.GetAttrS(t, a[0], "__dict__")
		if err != nil && err.Matches(py.AttributeErrorType) {
			return py.Null, py.Errorf(py.TypeErrorType, "vars() argument must have __dict__ attribute")
		}
		return v, err
	})
	def("dir", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := argRange("dir", a, kw, 0, 1); err != nil {
			return py.Null, err
		}
		if len(a) == 0 {
			keys := frameLocals(it.th.frame).Keys()
			l := py.NewList(append([]py.Value(nil), keys...))
			py.SortValues(t, py.AsList(l).Items(), py.Null, false)
			return l, nil
		}
		if d, err := py.LookupSpecial(t, a[0], "__dir__"); err == nil && !d.IsNull() && (!py.IsType(a[0]) || metaclassDir(a[0])) {
			r, err := py.Call(t, d, nil, nil)
			if err != nil {
				return py.Null, err
			}
			items, err := py.Collect(t, r)
			if err != nil {
				return py.Null, err
			}
			items = append([]py.Value(nil), items...)
			py.SortValues(t, items, py.Null, false)
			return py.NewList(items), nil
		}
		return py.Dir(t, a[0])
	})
	def("input", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) > 0 {
			s, err := py.Str_(t, a[0])
			if err != nil {
				return py.Null, err
			}
			io.WriteString(it.Stdout, s)
		}
		if it.Stdin == nil {
			return py.Null, py.Errorf(py.EOFErrorType, "EOF when reading a line")
		}
		line, err := it.Stdin()
		if err == ErrInterrupted {
			return py.Null, py.NewException(py.KeyboardInterruptType)
		}
		if err != nil {
			return py.Null, py.Errorf(py.EOFErrorType, "EOF when reading a line")
		}
		return py.NewStr(strings.TrimSuffix(line, "\n")), nil
	})
	def("__build_class__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return buildClass(it, t, a, kw)
	})
	def("__import__", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("__import__", a, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
		if err != nil {
			return py.Null, err
		}
		if !py.IsStr(p[0]) {
			return py.Null, py.Errorf(py.TypeErrorType, "__import__() argument 1 must be str, not %s", py.TypeName(p[0]))
		}
		fl := p[3]
		if fl.IsNull() {
			fl = py.None
		}
		lv := p[4]
		if lv.IsNull() {
			lv = py.MakeInt(0)
		}
		return it.importName(t, py.StrOf(p[0]), py.NewDict(), fl, lv)
	})
	def("exec", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		_, err := execEval(it, t, a, kw, "exec")
		return py.None, err
	})
	def("eval", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return execEval(it, t, a, kw, "eval")
	})
	def("compile", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("compile", a, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3)
		if err != nil {
			return py.Null, err
		}
		src, err := sourceText(p[0], "compile")
		if err != nil {
			return py.Null, err
		}
		flags, opt := 0, -1
		if !p[3].IsNull() {
			n, err := py.IndexInt(t, p[3])
			if err != nil {
				return py.Null, err
			}
			flags = int(n)
		}
		if !p[5].IsNull() {
			n, err := py.IndexInt(t, p[5])
			if err != nil {
				return py.Null, err
			}
			opt = int(n)
		}
		mode := py.StrOf(p[2])
		if mode != "exec" && mode != "eval" && mode != "single" {
			return py.Null, py.NewValueError("compile() mode must be 'exec', 'eval' or 'single'")
		}
		co, err := compileSource(src, py.StrOf(p[1]), mode, flags, opt)
		if err != nil {
			return py.Null, err
		}
		return py.CodeValue(co), nil
	})
	def("open", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return openFile(t, a, kw)
	})
	def("exit", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return py.Null, py.NewException(py.SystemExitType, a...)
	})
	b.SetStr("quit", b.Must("exit"))
}

// isCallable is callable(v): an instance of a user class is callable
// when its class has __call__, whatever call slot the class carries.
func isCallable(v py.Value) bool {
	if v.Type().User {
		return !v.Type().LookupS("__call__").IsNull()
	}
	return py.Callable(v)
}

// argRange checks a builtin that takes lo to hi positional arguments and
// no keywords, with 3.7's messages: METH_NOARGS functions say "takes no
// arguments", the ones that unpack a tuple say "expected at most".
func argRange(name string, a []py.Value, kw []string, lo, hi int) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	switch {
	case hi == 0 && len(a) > 0:
		return py.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", name, len(a))
	case len(a) < lo:
		return py.Errorf(py.TypeErrorType, "%s expected at least %d arguments, got %d", name, lo, len(a))
	case len(a) > hi:
		return py.Errorf(py.TypeErrorType, "%s expected at most %d arguments, got %d", name, hi, len(a))
	}
	return nil
}

func oneArg(name string, a []py.Value, kw []string) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(a) != 1 {
		return py.Errorf(py.TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(a))
	}
	return nil
}

func builtinPrint(it *Interp, t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	args := a[:len(a)-len(kw)]
	sep, end := " ", "\n"
	var file py.Value
	flush := false
	for i, k := range kw {
		v := a[len(args)+i]
		switch k {
		case "sep", "end":
			if v.IsNone() {
				continue
			}
			if !py.IsStr(v) {
				return py.Null, py.Errorf(py.TypeErrorType, "%s must be None or a string, not %s", k, py.TypeName(v))
			}
			if k == "sep" {
				sep = py.StrOf(v)
			} else {
				end = py.StrOf(v)
			}
		case "file":
			file = v
		case "flush":
			flush = py.Truth_(v)
		default:
			return py.Null, py.Errorf(py.TypeErrorType, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	var sb strings.Builder
	for i, v := range args {
		if i > 0 {
			sb.WriteString(sep)
		}
		s, err := py.Str_(t, v)
		if err != nil {
			return py.Null, err
		}
		sb.WriteString(s)
	}
	sb.WriteString(end)
	if file.IsNull() || file.IsNone() {
		file, _ = it.sys.Dict.GetStr("stdout")
	}
	if w, ok := writerOf(file); ok {
		io.WriteString(w, sb.String())
		return py.None, nil
	}
	if _, err := py.CallMethod(t, file, "write", py.NewStr(sb.String())); err != nil {
		return py.Null, err
	}
	if flush {
		if f, err := py.GetAttrS(t, file, "flush"); err == nil {
			py.Call(t, f, nil, nil)
		}
	}
	return py.None, nil
}

func isInstance(t *py.Thread, v, cls py.Value) (bool, *py.Exception) {
	if cls.Type() == py.TypeType && v.Type().IsSubtype(py.AsType(cls)) {
		// the common case first: a plain class that v's type derives from
		return true, nil
	}
	if py.IsTuple(cls) {
		for _, c := range py.AsTuple(cls) {
			r, err := isInstance(t, v, c)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if !py.IsType(cls) {
		if ok, r, err := checkHook(t, cls, "__instancecheck__", v); ok {
			return r, err
		}
		return false, py.Errorf(py.TypeErrorType, "isinstance() arg 2 must be a type or tuple of types")
	}
	typ := py.AsType(cls)
	if v.Type().IsSubtype(typ) {
		return true, nil
	}
	if c := py.ClassOf(v); c != v.Type() && c.IsSubtype(typ) {
		return true, nil
	}
	if typ.Meta().User {
		if f := typ.Meta().LookupS("__instancecheck__"); !f.IsNull() {
			r, err := py.CallMethod(t, cls, "__instancecheck__", v)
			if err != nil {
				return false, err
			}
			return py.Truth(t, r)
		}
	}
	return false, nil
}

func isSubclass(t *py.Thread, c *py.Type, cls py.Value) (bool, *py.Exception) {
	if py.IsTuple(cls) {
		for _, x := range py.AsTuple(cls) {
			r, err := isSubclass(t, c, x)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	if !py.IsType(cls) {
		if ok, r, err := checkHook(t, cls, "__subclasscheck__", c.V()); ok {
			return r, err
		}
		return false, py.Errorf(py.TypeErrorType, "issubclass() arg 2 must be a class or tuple of classes")
	}
	if typ := py.AsType(cls); typ.Meta().User {
		if f := typ.Meta().LookupS("__subclasscheck__"); !f.IsNull() {
			r, err := py.CallMethod(t, cls, "__subclasscheck__", c.V())
			if err != nil {
				return false, err
			}
			return py.Truth(t, r)
		}
	}
	return c.IsSubtype(py.AsType(cls)), nil
}

func anyAll(t *py.Thread, a []py.Value, kw []string, isAny bool) (py.Value, *py.Exception) {
	name := "all"
	if isAny {
		name = "any"
	}
	if err := oneArg(name, a, kw); err != nil {
		return py.Null, err
	}
	it, err := py.Iter(t, a[0])
	if err != nil {
		return py.Null, err
	}
	if it.Type() != generatorType {
		return anyAllIter(t, it, isAny)
	}
	return anyAllGen(t, it, isAny)
}

// anyAllGen is any() or all() over a generator, which runs with the
// consumer's sink (gensink.go).
func anyAllGen(t *py.Thread, it py.Value, isAny bool) (py.Value, *py.Exception) {
	sink := genSink{op: sinkAll}
	if isAny {
		sink.op = sinkAny
	}
	for {
		v, ok, err := nextFold(t, it, &sink)
		if err != nil {
			return py.Null, err
		}
		if !ok {
			return py.MakeBool(!isAny), nil
		}
		b, err := py.Truth(t, v)
		if err != nil {
			return py.Null, err
		}
		if b == isAny {
			return py.MakeBool(isAny), nil
		}
	}
}

func builtinSum(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	// 3.7's sum takes its two arguments by position only
	switch {
	case len(kw) > 0:
		return py.Null, py.Errorf(py.TypeErrorType, "sum() takes no keyword arguments")
	case len(a) == 0:
		return py.Null, py.Errorf(py.TypeErrorType, "sum expected at least 1 arguments, got 0")
	case len(a) > 2:
		return py.Null, py.Errorf(py.TypeErrorType, "sum expected at most 2 arguments, got %d", len(a))
	}
	iterable, start := a[0], py.Null
	if len(a) == 2 {
		start = a[1]
	}
	acc := py.MakeInt(0)
	if !start.IsNull() {
		acc = start
		if py.IsStr(acc) {
			return py.Null, py.Errorf(py.TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
		}
		if _, ok := py.BytesOf(acc); ok {
			return py.Null, py.Errorf(py.TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	if typ := iterable.Type(); typ == py.ListType || typ == py.TupleType {
		return sumSeq(t, iterable, acc)
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return py.Null, err
	}
	if it.Type() != generatorType {
		return sumIter(t, it, acc)
	}
	return sumGen(t, it, acc)
}

func minMax(t *py.Thread, a []py.Value, kw []string, name string, op int) (py.Value, *py.Exception) {
	pos := a[:len(a)-len(kw)]
	var key, def py.Value
	for i, k := range kw {
		switch k {
		case "key":
			key = a[len(pos)+i]
		case "default":
			def = a[len(pos)+i]
		default:
			return py.Null, py.Errorf(py.TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, name)
		}
	}
	var items []py.Value
	if len(pos) == 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "%s expected 1 arguments, got 0", name)
	}
	if len(pos) == 1 {
		best, ok, err := minMaxIter(t, pos[0], key, op) // minmax.go
		if err != nil || ok {
			return best, err
		}
		if !def.IsNull() {
			return def, nil
		}
		return py.Null, py.Errorf(py.ValueErrorType, "%s() arg is an empty sequence", name)
	} else {
		if !def.IsNull() {
			return py.Null, py.Errorf(py.TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = pos
	}
	return minMaxArgs(t, items, key, op)
}

func builtinRound(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p, err := py.ParseArgs("round", a, kw, []string{"number", "ndigits"}, 1)
	if err != nil {
		return py.Null, err
	}
	x, nd := p[0], p[1]
	if nd.IsNone() {
		nd = py.Null
	}
	if x.Type().User && x.Type().LookupS("__round__").IsNull() {
		// a subclass of int or float rounds its value
		x = py.Unbox(x)
	}
	switch {
	case py.IsIntLike(x) && !x.Type().User:
		if nd.IsNull() {
			return py.IntType.Pos(t, x)
		}
		n, err := py.IndexInt(t, nd)
		if err != nil {
			return py.Null, err
		}
		if n >= 0 {
			return py.IntType.Pos(t, x)
		}
		// round to a multiple of 10**-n, half to even
		m := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		v := py.BigOf(x)
		q, r := new(big.Int).DivMod(v, m, new(big.Int))
		twice := new(big.Int).Mul(r, big.NewInt(2))
		c := twice.Cmp(m)
		if c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		return py.MakeBigInt(q.Mul(q, m)), nil
	case x.IsFloat():
		f := x.Float()
		if nd.IsNull() {
			r := math.RoundToEven(f)
			return py.FloatToInt(r)
		}
		n, err := py.IndexInt(t, nd)
		if err != nil {
			return py.Null, err
		}
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
			return x, nil
		}
		if n > 308 {
			return x, nil
		}
		if n < -308 {
			return py.MakeFloat(math.Copysign(0, f)), nil
		}
		if n >= 0 {
			s := formatFixed(f, int(n))
			r, _ := py.ParseFloat(s)
			return py.MakeFloat(r), nil
		}
		p10 := math.Pow(10, float64(-n))
		r := math.RoundToEven(f/p10) * p10
		return py.MakeFloat(r), nil
	}
	f, err := py.LookupSpecial(t, x, "__round__")
	if err != nil {
		return py.Null, err
	}
	if f.IsNull() {
		return py.Null, py.Errorf(py.TypeErrorType, "type %s doesn't define __round__ method", py.TypeName(x))
	}
	if nd.IsNull() {
		return py.Call(t, f, nil, nil)
	}
	return py.Call(t, f, []py.Value{nd}, nil)
}

func formatFixed(f float64, n int) string {
	return strings.TrimSpace(big.NewFloat(0).SetFloat64(f).Text('f', n))
}

// frameLocals is locals() for a frame: its name dict, or a snapshot of
// its fast locals and cells.
func frameLocals(f *Frame) *py.Dict {
	if f == nil {
		return py.NewDict()
	}
	if f.locals != nil {
		return f.locals
	}
	f.privOK = 0 // the snapshot shares *args and **kwargs (callpriv.go)
	forgetOwned(f)
	d := py.NewDict()
	co := f.rt.code
	for i, n := range co.VarNames {
		if i < len(f.fast) && !f.fast[i].IsNull() {
			d.SetStr(n, f.fast[i])
		}
	}
	for i, c := range f.cells {
		var n string
		if i < len(co.CellVars) {
			n = co.CellVars[i]
		} else {
			n = co.FreeVars[i-len(co.CellVars)]
		}
		if c != nil && !c.V.IsNull() {
			d.SetStr(n, c.V)
		}
	}
	return d
}

func buildClass(it *Interp, t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	pos := a[:len(a)-len(kw)]
	if len(pos) < 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "__build_class__: not enough arguments")
	}
	if pos[0].Type() != py.FunctionType {
		return py.Null, py.Errorf(py.TypeErrorType, "__build_class__: func must be a function")
	}
	if !py.IsStr(pos[1]) {
		return py.Null, py.Errorf(py.TypeErrorType, "__build_class__: name is not a string")
	}
	fn := py.AsFunction(pos[0])
	name := pos[1]
	bases := pos[2:]
	origBases := bases
	bases, resolved, rerr := resolveMroEntries(t, bases)
	if rerr != nil {
		return py.Null, rerr
	}
	var meta py.Value
	var extraKw []string
	var extraV []py.Value
	for i, k := range kw {
		if k == "metaclass" {
			meta = a[len(pos)+i]
		} else {
			extraKw = append(extraKw, k)
			extraV = append(extraV, a[len(pos)+i])
		}
	}
	isClass := meta.IsNull() || py.IsType(meta)
	if meta.IsNull() {
		if len(bases) == 0 {
			meta = py.TypeType.V()
		} else {
			meta = bases[0].Type().V()
		}
	}
	if isClass {
		// the most derived metaclass
		winner := py.AsType(meta)
		for _, b := range bases {
			bt := b.Type()
			if winner.IsSubtype(bt) {
				continue
			}
			if bt.IsSubtype(winner) {
				winner = bt
				continue
			}
			return py.Null, py.Errorf(py.TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = winner.V()
	}
	ns := py.NewDict()
	if prep, err := py.GetAttrS(t, meta, "__prepare__"); err == nil {
		args := append([]py.Value{name, py.NewTuple(append([]py.Value(nil), bases...))}, extraV...)
		r, err := py.Call(t, prep, args, extraKw)
		if err != nil {
			return py.Null, err
		}
		if !py.IsDict(r) {
			return py.Null, py.Errorf(py.TypeErrorType, "__prepare__() must return a mapping")
		}
		ns = py.AsDict(r)
	}
	// run the body with ns as its locals
	th := t.VM.(*thread)
	rt := runtimeOf(fn.Code)
	f := th.newPooledFrame(rt)
	f.fn = fn
	f.globals = fn.Globals
	f.builtins = it.Builtins
	f.locals = ns
	f.special = true
	if rt.ncells+rt.nfree > 0 {
		f.cells = make([]*py.Cell, rt.ncells+rt.nfree)
		for i := 0; i < rt.ncells; i++ {
			f.cells[i] = py.NewCell(py.Null)
		}
		copy(f.cells[rt.ncells:], fn.Closure)
	}
	if err := th.push(f); err != nil {
		th.freeFrame(f)
		return py.Null, err
	}
	f.entry = true
	if _, err := th.run(f); err != nil {
		return py.Null, err
	}
	if resolved {
		if err := py.SetItem(t, ns.V(), py.NewStr("__orig_bases__"), py.NewTuple(append([]py.Value(nil), origBases...))); err != nil {
			return py.Null, err
		}
	}
	classcell, hasCell := ns.GetStr("__classcell__")
	if hasCell {
		ns.Pop(t, py.NewStr("__classcell__"))
	}
	args := append([]py.Value{name, py.NewTuple(append([]py.Value(nil), bases...)), ns.V()}, extraV...)
	cls, err := py.Call(t, meta, args, extraKw)
	if err != nil {
		return py.Null, err
	}
	if hasCell && classcell.Type() == py.CellType {
		py.AsCell(classcell).V = cls
	}
	return cls, nil
}

func sourceText(v py.Value, fname string) ([]byte, *py.Exception) {
	if py.IsStr(v) {
		return []byte(py.StrOf(v)), nil
	}
	if b, ok := py.BytesOf(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeErrorType, "%s() arg 1 must be a string, bytes or code object", fname)
}

// compileSource runs the Compile hook, turning compiler errors into
// Python exceptions (SyntaxError keeps its own text).
func compileSource(src []byte, filename, mode string, flags, optimize int) (*code.Code, *py.Exception) {
	if Compile == nil {
		return nil, py.Errorf(py.SystemErrorType, "no compiler linked into this interpreter")
	}
	co, err := Compile(src, filename, mode, flags, optimize)
	if err != nil {
		if pe, ok := err.(*PyError); ok {
			return nil, pe.Exc
		}
		var se *syntax.Error
		if errors.As(err, &se) {
			return nil, SyntaxErrorFrom(se)
		}
		return nil, py.Errorf(py.SyntaxErrorType, "%s", err.Error())
	}
	if filename != "<string>" {
		// CPython's linecache cannot read "<string>", so tracebacks
		// show no line for exec and eval of a string
		RegisterSource(filename, string(src))
	}
	return co, nil
}

func execEval(it *Interp, t *py.Thread, a []py.Value, kw []string, mode string) (py.Value, *py.Exception) {
	p, err := py.ParseArgs(mode, a, kw, []string{"source", "globals", "locals"}, 1)
	if err != nil {
		return py.Null, err
	}
	caller := it.th.frame
	var globals, locals *py.Dict
	if !p[1].IsNull() && !p[1].IsNone() {
		if !py.IsDict(p[1]) {
			return py.Null, py.Errorf(py.TypeErrorType, "%s() globals must be a dict, not %s", mode, py.TypeName(p[1]))
		}
		globals = py.AsDict(p[1])
	}
	if !p[2].IsNull() && !p[2].IsNone() {
		if !py.IsDict(p[2]) {
			return py.Null, py.Errorf(py.TypeErrorType, "locals must be a mapping")
		}
		locals = py.AsDict(p[2])
	}
	if globals == nil {
		if caller != nil {
			globals = caller.globals
			if locals == nil {
				locals = frameLocals(caller)
			}
		} else {
			globals = py.NewDict()
		}
	}
	if locals == nil {
		locals = globals
	}
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", it.Modules.Must("builtins"))
	}
	var co *code.Code
	if p[0].Type() == py.CodeType {
		co = py.AsCode(p[0])
	} else {
		src, err := sourceText(p[0], mode)
		if err != nil {
			return py.Null, err
		}
		if mode == "eval" {
			src = []byte(strings.TrimLeft(string(src), " \t"))
		}
		co, err = compileSource(src, "<string>", mode, 0, -1)
		if err != nil {
			return py.Null, err
		}
	}
	return it.th.runCode(co, globals, locals)
}

var _ = constant.FloatRepr

// SyntaxErrorFrom makes the Python SyntaxError (IndentationError,
// TabError) for a compiler error: args (msg, (filename, lineno, offset,
// text)) and the same attributes, as CPython raises it.
func SyntaxErrorFrom(se *syntax.Error) *py.Exception {
	typ := py.SyntaxErrorType
	switch se.Kind {
	case "IndentationError":
		typ = py.IndentationErrorType
	case "TabError":
		typ = py.TabErrorType
	}
	text := py.None
	if se.Text != "" {
		text = py.NewStr(se.Text)
	}
	detail := py.NewTuple([]py.Value{py.NewStr(se.Filename), py.MakeInt(int64(se.Lineno)), py.MakeInt(int64(se.Offset)), text})
	e := py.NewException(typ, py.NewStr(se.Msg), detail)
	e.Dict = py.NewDict()
	e.Dict.SetStr("msg", py.NewStr(se.Msg))
	e.Dict.SetStr("filename", py.NewStr(se.Filename))
	e.Dict.SetStr("lineno", py.MakeInt(int64(se.Lineno)))
	e.Dict.SetStr("offset", py.MakeInt(int64(se.Offset)))
	e.Dict.SetStr("text", text)
	e.Dict.SetStr("print_file_and_line", py.None)
	return e
}

// builtinOrd is ord(c); sum(map(ord, s)) knows it by its code (sumiter.go).
func builtinOrd(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 || len(kw) > 0 {
		return py.Null, oneArg("ord", a, kw)
	}
	if a[0].Type() == py.StrType {
		// the usual argument first; a str is never bytes
		if r, n := py.Ord(py.AsStr(a[0])); n == 1 {
			return py.MakeInt(int64(r)), nil
		}
	}
	if b, ok := py.BytesOf(a[0]); ok {
		if len(b) != 1 {
			return py.Null, py.Errorf(py.TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
		}
		return py.MakeInt(int64(b[0])), nil
	}
	if !py.IsStr(a[0]) {
		return py.Null, py.Errorf(py.TypeErrorType, "ord() expected string of length 1, but %s found", py.TypeName(a[0]))
	}
	r, n := py.Ord(py.AsStr(a[0]))
	if n != 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "ord() expected a character, but string of length %d found", n)
	}
	return py.MakeInt(int64(r)), nil

}
