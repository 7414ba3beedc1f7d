package vm

import (
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
)

// setupFrame makes the frame for calling fn with args (the last
// len(kwnames) of them keyword arguments) and binds the parameters as
// _PyEval_EvalCodeWithName does, with CPython's error messages.
func (th *thread) setupFrame(fn *py.Function, args []py.Value, kwnames []string, heap bool) (*Frame, *py.Exception) {
	rt := fnRuntime(fn)
	var f *Frame
	if rt.isGen {
		f = th.newGenFrame(rt)
	} else if heap {
		f = newHeapFrame(rt)
	} else {
		f = th.reusePooled(rt)
	}
	th.bindFrame(f, fn)
	co := fn.Code
	fast := f.fast
	if rt.simple && len(kwnames) == 0 && len(args) == co.ArgCount {
		for i, a := range args {
			fast[i] = a
		}
		if rt.nfree > 0 {
			f.cells = fn.Closure
		}
		return f, nil
	}
	if rt.simple && bindSimpleKw(fn, fast, args, kwnames) {
		if rt.nfree > 0 {
			f.cells = fn.Closure
		}
		return f, nil
	}
	if len(kwnames) == 0 && rt.ncells == 0 && bindVarPositional(th, f, fn, fast, args) {
		if rt.nfree > 0 {
			f.cells = fn.Closure
		}
		return f, nil
	}
	if err := bindArgs(th, fn, rt, fast, args, kwnames); err != nil {
		th.freeFrame(f)
		return nil, err
	}
	if rt.ncells == 0 && rt.nfree > 0 {
		// nothing to add to the closure: the frame reads it in place
		f.cells = fn.Closure
	} else if rt.ncells+rt.nfree > 0 {
		f.cells = make([]*py.Cell, rt.ncells+rt.nfree)
		for i := 0; i < rt.ncells; i++ {
			c := py.NewCell(py.Null)
			if rt.cell2arg != nil && rt.cell2arg[i] >= 0 {
				j := rt.cell2arg[i]
				c.V = fast[j]
				fast[j] = py.Null
			}
			f.cells[i] = c
		}
		copy(f.cells[rt.ncells:], fn.Closure)
	}
	return f, nil
}

func bindArgs(th *thread, fn *py.Function, rt *codeRT, fast []py.Value, args []py.Value, kwnames []string) *py.Exception {
	co := fn.Code
	name := co.Name
	npos := len(args) - len(kwnames)
	argc := co.ArgCount
	kwonly := co.KwOnlyArgCount
	total := argc + kwonly
	varargs := co.Flags&code.VarArgs != 0
	varkw := co.Flags&code.VarKeywords != 0
	var kwdict *py.Dict
	if varkw {
		kwdict = th.newKwDict()
		idx := total
		if varargs {
			idx++
		}
		fast[idx] = kwdict.V()
	}
	n := npos
	if n > argc {
		n = argc
	}
	copy(fast, args[:n])
	if varargs {
		var extra []py.Value
		if npos > argc {
			extra = args[argc:npos]
		}
		tup, items := th.slab.Tuple(len(extra))
		copy(items, extra)
		fast[total] = tup
	}
	for i, k := range kwnames {
		v := args[npos+i]
		j := -1
		for p := 0; p < total; p++ {
			if co.VarNames[p] == k {
				j = p
				break
			}
		}
		if j < 0 {
			if kwdict == nil {
				return py.Errorf(py.TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
			}
			kwdict.SetStr(k, v)
			continue
		}
		if !fast[j].IsNull() {
			return py.Errorf(py.TypeErrorType, "%s() got multiple values for argument '%s'", name, k)
		}
		fast[j] = v
	}
	if npos > argc && !varargs {
		ndef := len(fn.Defaults)
		givenKw := 0
		for p := argc; p < total; p++ {
			if !fast[p].IsNull() {
				givenKw++
			}
		}
		var sig string
		if ndef > 0 {
			sig = "from " + itoa(argc-ndef) + " to " + itoa(argc) + " positional arguments"
		} else {
			sig = itoa(argc) + " positional argument" + plural(argc)
		}
		given := itoa(npos)
		if givenKw > 0 {
			given += " positional argument" + plural(npos) + " (and " + itoa(givenKw) + " keyword-only argument" + plural(givenKw) + ")"
		}
		verb := "were"
		if npos == 1 && givenKw == 0 {
			verb = "was"
		}
		return py.Errorf(py.TypeErrorType, "%s() takes %s but %s %s given", name, sig, given, verb)
	}
	if npos < argc {
		ndef := len(fn.Defaults)
		var missing []string
		for p := npos; p < argc; p++ {
			if fast[p].IsNull() {
				if d := p - (argc - ndef); d >= 0 {
					fast[p] = fn.Defaults[d]
				} else {
					missing = append(missing, co.VarNames[p])
				}
			}
		}
		if len(missing) > 0 {
			return missingArgs(name, missing, "positional")
		}
	}
	if kwonly > 0 {
		var missing []string
		for p := argc; p < total; p++ {
			if fast[p].IsNull() {
				if fn.KwDefaults != nil {
					if d, ok := fn.KwDefaults.GetStr(co.VarNames[p]); ok {
						fast[p] = d
						continue
					}
				}
				missing = append(missing, co.VarNames[p])
			}
		}
		if len(missing) > 0 {
			return missingArgs(name, missing, "keyword-only")
		}
	}
	return nil
}

func missingArgs(name string, missing []string, kind string) *py.Exception {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return py.Errorf(py.TypeErrorType, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, plural(len(missing)), list)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func itoa(n int) string { return py.IntString(py.MakeInt(int64(n))) }

// callFunction runs fn from Go code (py.CallFunction): an entry frame.
func (th *thread) callFunction(fn *py.Function, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
	if len(kwnames) == 0 {
		if f := th.simpleFrame(fn, args); f != nil {
			f.entry = true
			return th.run(f)
		}
	}
	f, err := th.setupFrame(fn, args, kwnames, false)
	if err != nil {
		return py.Null, err
	}
	if f.rt.isGen {
		return newGenerator(th, f), nil
	}
	if err := th.push(f); err != nil {
		th.freeFrame(f)
		return py.Null, err
	}
	f.entry = true
	return th.run(f)
}

// callObject is a call from Python code to a callable that is not a
// Python function. CPython counts such a call as a recursion level
// (Py_EnterRecursiveCall in _PyObject_Call), which decides where deep
// recursion through builtins and classes stops and what it says.
func (th *thread) callObject(fn py.Value, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
	t := th.pt
	if t.Depth >= t.RecursionLimit {
		return py.Null, th.recursionError(" while calling a Python object")
	}
	t.Depth++
	r, err := py.Call(t, fn, args, kwnames)
	t.Depth--
	return r, err
}

// push makes f the current frame, counting recursion depth.
func (th *thread) push(f *Frame) *py.Exception {
	t := th.pt
	if t.Depth >= t.RecursionLimit {
		return th.recursionError("")
	}
	t.Depth++
	f.back = th.frame
	th.frame = f
	return nil
}

// pop removes f (the current frame) and releases it if pooled.
func (th *thread) pop(f *Frame) {
	th.pt.Depth -= 1 + f.extraDepth
	if th.realLimit != 0 {
		th.recovered()
	}
	f.extraDepth = 0
	th.frame = f.back
	if f.gen == nil {
		th.freeFrame(f)
	} else {
		f.back = nil
	}
}

// funcName is how call errors name a callable ("f()" or "int object").
func funcDesc(v py.Value) string {
	switch v.Type() {
	case py.FunctionType:
		return py.StrOf(py.AsFunction(v).Name) + "()"
	case py.BuiltinType:
		return py.AsBuiltin(v).Name + "()"
	case py.MethodType:
		return funcDesc(py.AsBoundMethod(v).Func)
	}
	if py.IsType(v) {
		return py.AsType(v).Name + "()"
	}
	return py.TypeName(v) + " object"
}

// kwCall converts a kwargs dict into the vectorcall form.
func kwCall(t *py.Thread, fn py.Value, args []py.Value, kw *py.Dict) ([]py.Value, []string, *py.Exception) {
	if kw == nil || kw.Len() == 0 {
		return args, nil, nil
	}
	all := make([]py.Value, len(args), len(args)+kw.Len())
	copy(all, args)
	names := make([]string, 0, kw.Len())
	var err *py.Exception
	kw.Range(func(k, v py.Value) bool {
		if !py.IsStr(k) {
			err = py.Errorf(py.TypeErrorType, "%s keywords must be strings", funcDesc(fn))
			return false
		}
		names = append(names, py.StrOf(k))
		all = append(all, v)
		return true
	})
	return all, names, err
}

// enterFunction prepares a call of fn from the loop: the frame to
// switch to (pushed), or for a generator function the new generator.
func (th *thread) enterFunction(fn *py.Function, args []py.Value, kwnames []string) (*Frame, py.Value, *py.Exception) {
	nf, err := th.setupFrame(fn, args, kwnames, false)
	if err != nil {
		return nil, py.Null, err
	}
	if nf.rt.isGen {
		return nil, newGenerator(th, nf), nil
	}
	if err := th.push(nf); err != nil {
		th.freeFrame(nf)
		return nil, py.Null, err
	}
	return nf, py.Null, nil
}

// scratchArgs is kwCall into the thread's scratch buffers, with self
// (unless Null) in front: for calls whose callee copies its arguments
// before any Python code runs. The caller clears the result after use.
func (th *thread) scratchArgs(fn, self py.Value, args []py.Value, kw *py.Dict) ([]py.Value, []string, *py.Exception) {
	all := th.argBuf[:0]
	if !self.IsNull() {
		all = append(all, self)
	}
	all = append(all, args...)
	names := th.kwBuf[:0]
	var err *py.Exception
	if kw != nil {
		kw.Range(func(k, v py.Value) bool {
			if !py.IsStr(k) {
				err = py.Errorf(py.TypeErrorType, "%s keywords must be strings", funcDesc(fn))
				return false
			}
			names = append(names, py.StrOf(k))
			all = append(all, v)
			return true
		})
	}
	th.argBuf, th.kwBuf = all[:0], names[:0]
	return all, names, err
}

// kwStrings converts CALL_FUNCTION_KW's tuple of names.
func kwStrings(names []py.Value) []string {
	kw := make([]string, len(names))
	for i, k := range names {
		kw[i] = py.StrOf(k)
	}
	return kw
}

// simpleFrame is the loop's inline call setup for Go callers: a pooled
// frame for fn with positional args (and maybe defaults), already
// pushed; nil when fn or the call needs setupFrame.
func (th *thread) simpleFrame(fn *py.Function, args []py.Value) *Frame {
	rt := fnRuntime(fn)
	t := th.pt
	if !rt.simple || th.npool >= len(th.pool) || t.Depth >= t.RecursionLimit {
		return nil
	}
	n := len(args)
	missing := rt.argc - n
	if missing != 0 && (missing < 0 || missing > len(fn.Defaults)) {
		return nil
	}
	f := th.pool[th.npool]
	if f.rt != rt {
		if f = th.poolFor(rt); f == nil {
			return nil
		}
	}
	th.npool++
	th.bindFrame(f, fn)
	f.sp, f.pc, f.nblocks, f.entry = 0, 0, 0, false
	mem := f.mem[:rt.nlocals]
	// element by element: the argument lists are short, and copy and
	// clear of pointerful memory go through the runtime's bulk barriers
	for i, a := range args {
		mem[i] = a
	}
	if missing > 0 {
		for i, d := range fn.Defaults[len(fn.Defaults)-missing:] {
			mem[n+i] = d
		}
	}
	for i := rt.argc; i < len(mem); i++ {
		mem[i] = py.Value{}
	}
	if rt.nfree > 0 {
		f.cells = fn.Closure
	}
	t.Depth++
	f.back = th.frame
	th.frame = f
	return f
}

// callFunctionSelf is py.CallFunctionSelf: fn(self, *args) from Go
// code without building the argument list on the heap.
func (th *thread) callFunctionSelf(fn *py.Function, self py.Value, args []py.Value, kwnames []string) (py.Value, *py.Exception) {
	all := append(append(th.argBuf[:0], self), args...)
	th.argBuf = all[:0]
	var f *Frame
	if len(kwnames) == 0 {
		f = th.simpleFrame(fn, all)
	}
	if f == nil {
		clear(all)
		return th.callFunction(fn, append([]py.Value{self}, args...), kwnames)
	}
	clear(all)
	f.entry = true
	return th.run(f)
}

// Names the with statement looks up.
var (
	strEnter = py.Intern("__enter__")
	strExit  = py.Intern("__exit__")
)

// newThenInit is typ(*args) for a class whose instances come from its
// built-in base's __new__ and whose __init__ is initFn: it makes the
// instance and returns the pushed __init__ frame (whose caller gets the
// instance), or no frame and the finished value when __new__ returned
// something else.
func (th *thread) newThenInit(typ *py.Type, initFn *py.Function, args []py.Value) (*Frame, py.Value, *py.Exception) {
	t := th.pt
	self, ok := py.NewForInit(typ, args)
	if !ok {
		var err *py.Exception
		self, err = typ.New(t, typ, args, nil)
		if err != nil {
			return nil, py.Null, err
		}
		if !self.Type().IsSubtype(typ) {
			return nil, self, nil
		}
	}
	all := append(append(th.argBuf[:0], self), args...)
	th.argBuf = all[:0]
	nf, err := th.setupFrame(initFn, all, nil, false)
	clear(all)
	if err != nil {
		return nil, py.Null, err
	}
	if t.Depth >= t.RecursionLimit {
		th.freeFrame(nf)
		return nil, py.Null, th.recursionError(" while calling a Python object")
	}
	// type.__call__ counts as a level, as in CPython
	t.Depth++
	if err := th.push(nf); err != nil {
		t.Depth--
		th.freeFrame(nf)
		return nil, py.Null, err
	}
	nf.extraDepth = 1
	nf.initSelf = self
	nf.special = true
	return nf, py.Null, nil
}

// bindFrame makes f a frame of fn. Pointer stores are skipped where the
// pooled frame already holds the value (the same function called again
// from the same depth): each is a write barrier while the GC marks.
func (th *thread) bindFrame(f *Frame, fn *py.Function) {
	if f.fn != fn {
		f.fn = fn
	}
	if f.globals != fn.Globals {
		f.globals = fn.Globals
	}
	if b := th.interp.Builtins; f.builtins != b {
		f.builtins = b
	}
}
