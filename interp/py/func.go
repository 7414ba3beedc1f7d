package py

import (
	"fmt"
	"runtime"
	"sync"
	"unsafe"
	"weak"

	"github.com/bytepy/bytepy/interp/code"
)

// Function is a Python function (def or lambda).
type Function struct {
	Object
	Code        *code.Code
	Globals     *Dict
	Name        Value // str
	Qualname    Value // str
	Defaults    []Value
	KwDefaults  *Dict
	Closure     []*Cell
	Doc         Value
	Dict        *Dict
	Annotations *Dict
	Module      Value
	// RT is the VM's translated form of Code, cached for calls.
	RT unsafe.Pointer
}

// Cell is a closure cell; V is Null when empty.
type Cell struct {
	Object
	V Value
}

// Builtin is a function written in Go. With Owner set it is a method of
// that type: it binds like a function and receives self as args[0].
// BuiltinDocs, when set, supplies the doc and text signature of a built-in
// method that has none of its own: the VM looks CPython's up there on
// first use rather than writing them into every method at start-up.
var BuiltinDocs func(b *Builtin) (doc, sig string)

// DocSig is the builtin's __doc__ and __text_signature__ text ("" for
// none): its own, else what BuiltinDocs has for it.
func (b *Builtin) DocSig() (doc, sig string) {
	doc, sig = b.Doc, b.Sig
	if (doc == "" || sig == "") && BuiltinDocs != nil {
		d, s := BuiltinDocs(b)
		if doc == "" {
			doc = d
		}
		if sig == "" {
			sig = s
		}
	}
	return doc, sig
}

type Builtin struct {
	Object
	Name   string
	Fn     func(t *Thread, args []Value, kwnames []string) (Value, *Exception)
	Owner  *Type
	Static bool
	Doc    string
	Module string
	// Sig is __text_signature__ ("($module, obj, /)"); "" when unknown.
	Sig string
	// Self is __self__ of a module-level function (its module); Null
	// shows None.
	Self Value
}

// BoundMethod is a function bound to an instance.
type BoundMethod struct {
	Object
	Func, Self Value
}

// ClassMethod, StaticMethod and Property are the descriptor wrappers.
type ClassMethod struct {
	Object
	F Value
}

type StaticMethod struct {
	Object
	F Value
}

type Property struct {
	Object
	Get, Set, Del, Doc Value
}

var (
	FunctionType     = &Type{Name: "function"}
	BuiltinType      = &Type{Name: "builtin_function_or_method"}
	MethodType       = &Type{Name: "method"}
	CellType         = &Type{Name: "cell"}
	ClassMethodType  = &Type{Name: "classmethod"}
	StaticMethodType = &Type{Name: "staticmethod"}
	PropertyType     = &Type{Name: "property"}
	CodeType         = &Type{Name: "code"}
	NoneType         = &Type{Name: "NoneType", Final: true}
	NotImplType      = &Type{Name: "NotImplementedType", Final: true}
	EllipsisType     = &Type{Name: "ellipsis", Final: true}
)

// NewFunction makes a function object.
func NewFunction(co *code.Code, globals *Dict, qualname Value) *Function {
	f := &Function{Code: co, Globals: globals, Name: NewStr(co.Name), Qualname: qualname, Doc: None}
	f.typ = FunctionType
	if m, ok := globals.GetStr("__name__"); ok {
		f.Module = m
	} else {
		f.Module = None
	}
	return f
}

// V is the function as a value.
func (f *Function) V() Value { return valueOf(unsafe.Pointer(f)) }

// AsFunction returns the *Function of a function value.
func AsFunction(v Value) *Function { return (*Function)(v.p) }

// NewCell makes a cell holding v.
func NewCell(v Value) *Cell {
	c := &Cell{V: v}
	c.typ = CellType
	return c
}

// Val is the cell as a value.
func (c *Cell) Val() Value { return valueOf(unsafe.Pointer(c)) }

// AsCell returns the *Cell of a cell value.
func AsCell(v Value) *Cell { return (*Cell)(v.p) }

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(name string, fn func(t *Thread, args []Value, kwnames []string) (Value, *Exception)) Value {
	b := &Builtin{Name: name, Fn: fn}
	b.typ = BuiltinType
	return valueOf(unsafe.Pointer(b))
}

// AsBuiltin returns the *Builtin of a builtin value.
func AsBuiltin(v Value) *Builtin { return (*Builtin)(v.p) }

func addMethod(typ *Type, name string, fn func(t *Thread, args []Value, kwnames []string) (Value, *Exception)) {
	if typ.record(lazyOp{name: name, fn: fn}) {
		return // made when the dict is built (typedict_lazy.go)
	}
	b := &Builtin{Name: name, Fn: fn, Owner: typ}
	b.typ = BuiltinType
	typ.Dict().SetStr(name, valueOf(unsafe.Pointer(b)))
}

// AddMethod adds a Go method to a type (self is args[0]).
func AddMethod(typ *Type, name string, fn func(t *Thread, args []Value, kwnames []string) (Value, *Exception)) {
	addMethod(typ, name, fn)
}

func addClassMethod(typ *Type, name string, fn func(t *Thread, args []Value, kwnames []string) (Value, *Exception)) {
	if typ.record(lazyOp{name: name, fn: fn, class: true}) {
		return
	}
	b := &Builtin{Name: name, Fn: fn}
	b.typ = BuiltinType
	typ.Dict().SetStr(name, classMethodOf(valueOf(unsafe.Pointer(b))))
}

func classMethodOf(f Value) Value {
	c := &ClassMethod{F: f}
	c.typ = ClassMethodType
	return valueOf(unsafe.Pointer(c))
}

func staticMethodOf(f Value) Value {
	c := &StaticMethod{F: f}
	c.typ = StaticMethodType
	return valueOf(unsafe.Pointer(c))
}

// NewBoundMethod binds fn to self.
func NewBoundMethod(fn, self Value) Value {
	m := &BoundMethod{Func: fn, Self: self}
	m.typ = MethodType
	return valueOf(unsafe.Pointer(m))
}

// AsBoundMethod returns the *BoundMethod of a method value.
func AsBoundMethod(v Value) *BoundMethod { return (*BoundMethod)(v.p) }

// IsMethodDescr reports whether v, found on a type, binds to instances
// like a function (LOAD_METHOD's fast path may skip the bound method).
func IsMethodDescr(v Value) bool {
	if v.Type() == FunctionType {
		return true
	}
	return v.Type() == BuiltinType && AsBuiltin(v).Owner != nil && !AsBuiltin(v).Static
}

// ParseArgs matches positional and keyword arguments to names (a "*"
// entry starts keyword-only ones); missing optional ones are Null.
func ParseArgs(fname string, args []Value, kwnames []string, names []string, nreq int) ([]Value, *Exception) {
	npos := len(args) - len(kwnames)
	out := make([]Value, 0, len(names))
	maxPos := len(names)
	for i, n := range names {
		if n == "*" {
			maxPos = i
			break
		}
	}
	for _, n := range names {
		if n != "*" {
			out = append(out, Null)
		}
	}
	if npos > maxPos {
		if maxPos == 0 {
			return nil, Errorf(TypeErrorType, "%s() takes no positional arguments", fname)
		}
		return nil, Errorf(TypeErrorType, "%s() takes at most %d arguments (%d given)", fname, maxPos, npos)
	}
	copy(out, args[:npos])
	for i, k := range kwnames {
		j := 0
		found := false
		for _, n := range names {
			if n == "*" {
				continue
			}
			if n == k {
				if !out[j].IsNull() {
					return nil, Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
				}
				out[j] = args[npos+i]
				found = true
				break
			}
			j++
		}
		if !found {
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname)
		}
	}
	for i := 0; i < nreq && i < len(out); i++ {
		if out[i].IsNull() {
			n := names[i]
			return nil, Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, n, i+1)
		}
	}
	return out, nil
}

// NoKw fails when keyword arguments were given to fname.
func NoKw(fname string, kwnames []string) *Exception {
	if len(kwnames) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// ArgCount checks a positional argument count.
func ArgCount(fname string, args []Value, min, max int) *Exception {
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	if min == max {
		if min == 0 {
			return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
		}
		if min == 1 {
			return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
		}
		return Errorf(TypeErrorType, "%s expected %d arguments, got %d", fname, min, n)
	}
	if n < min {
		return Errorf(TypeErrorType, "%s expected at least %d arguments, got %d", fname, min, n)
	}
	return Errorf(TypeErrorType, "%s expected at most %d arguments, got %d", fname, max, n)
}

func callBound(t *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
	m := AsBoundMethod(fn)
	if m.Func.Type() == FunctionType && CallFunctionSelf != nil {
		return CallFunctionSelf(t, AsFunction(m.Func), m.Self, args, kw)
	}
	a := make([]Value, len(args)+1)
	a[0] = m.Self
	copy(a[1:], args)
	return Call(t, m.Func, a, kw)
}

func initFuncs() {
	f := FunctionType
	f.Repr = func(_ *Thread, v Value) (string, *Exception) {
		fn := AsFunction(v)
		return fmt.Sprintf("<function %s at %#x>", StrOf(fn.Qualname), IDOf(v)), nil
	}
	f.DescrGet = func(_ *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		if obj.IsNull() {
			return descr, nil
		}
		return NewBoundMethod(descr, obj), nil
	}
	f.Call = func(t *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
		return CallFunction(t, AsFunction(fn), args, kw)
	}
	f.New = newFunctionObject
	initType(f, ObjectType)
	f.Final = true
	fattr := func(name string, get func(fn *Function) Value, set func(fn *Function, v Value) *Exception) {
		g := addGetter(f, name, func(t *Thread, v Value) (Value, *Exception) {
			r := get(AsFunction(v))
			if r.IsNull() {
				return None, nil
			}
			return r, nil
		})
		if set != nil {
			g.Set = func(t *Thread, v, val Value) *Exception { return set(AsFunction(v), val) }
		}
	}
	fattr("__name__", func(fn *Function) Value { return fn.Name }, func(fn *Function, v Value) *Exception {
		if v.IsNull() || !IsStr(v) {
			return NewTypeError("__name__ must be set to a string object")
		}
		fn.Name = v
		return nil
	})
	fattr("__qualname__", func(fn *Function) Value { return fn.Qualname }, func(fn *Function, v Value) *Exception {
		if v.IsNull() || !IsStr(v) {
			return NewTypeError("__qualname__ must be set to a string object")
		}
		fn.Qualname = v
		return nil
	})
	fattr("__doc__", func(fn *Function) Value { return fn.Doc }, func(fn *Function, v Value) *Exception { fn.Doc = v; return nil })
	fattr("__module__", func(fn *Function) Value { return fn.Module }, func(fn *Function, v Value) *Exception { fn.Module = v; return nil })
	fattr("__code__", func(fn *Function) Value { return CodeValue(fn.Code) }, func(fn *Function, v Value) *Exception {
		if v.IsNull() || v.Type() != CodeType {
			return NewTypeError("__code__ must be set to a code object")
		}
		co := AsCode(v)
		if nfree := len(co.FreeVars); nfree != len(fn.Closure) {
			return Errorf(ValueErrorType, "%s() requires a code object with %d free vars, not %d", StrOf(fn.Name), len(fn.Closure), nfree)
		}
		fn.Code = co
		fn.RT = nil // the VM translates the new code on the next call
		return nil
	})
	fattr("__globals__", func(fn *Function) Value { return fn.Globals.V() }, nil)
	fattr("__defaults__", func(fn *Function) Value {
		if fn.Defaults == nil {
			return None
		}
		return NewTuple(fn.Defaults)
	}, func(fn *Function, v Value) *Exception {
		switch {
		case v.IsNull() || v.IsNone():
			fn.Defaults = nil
		case !IsTuple(v):
			return NewTypeError("__defaults__ must be set to a tuple object")
		default:
			fn.Defaults = AsTuple(v)
		}
		return nil
	})
	fattr("__kwdefaults__", func(fn *Function) Value {
		if fn.KwDefaults == nil {
			return None
		}
		return fn.KwDefaults.V()
	}, func(fn *Function, v Value) *Exception {
		switch {
		case v.IsNull() || v.IsNone():
			fn.KwDefaults = nil
		case !v.Type().IsSubtype(DictType):
			return NewTypeError("__kwdefaults__ must be set to a dict object")
		default:
			fn.KwDefaults = AsDict(v)
		}
		return nil
	})
	fattr("__closure__", func(fn *Function) Value {
		if fn.Closure == nil {
			return None
		}
		cs := make([]Value, len(fn.Closure))
		for i, c := range fn.Closure {
			cs[i] = c.Val()
		}
		return NewTuple(cs)
	}, nil)
	fattr("__annotations__", func(fn *Function) Value {
		if fn.Annotations == nil {
			fn.Annotations = NewDict()
		}
		return fn.Annotations.V()
	}, func(fn *Function, v Value) *Exception {
		switch {
		case v.IsNull() || v.IsNone():
			fn.Annotations = nil // the next read makes a new empty dict
		case !v.Type().IsSubtype(DictType):
			return NewTypeError("__annotations__ must be set to a dict object")
		default:
			fn.Annotations = AsDict(v)
		}
		return nil
	})

	b := BuiltinType
	b.Repr = func(_ *Thread, v Value) (string, *Exception) {
		bf := AsBuiltin(v)
		if bf.Owner != nil {
			if isSlotWrapper(bf) {
				return fmt.Sprintf("<slot wrapper '%s' of '%s' objects>", bf.Name, bf.Owner.Name), nil
			}
			return fmt.Sprintf("<method '%s' of '%s' objects>", bf.Name, bf.Owner.Name), nil
		}
		return "<built-in function " + bf.Name + ">", nil
	}
	b.Call = func(t *Thread, fn Value, args []Value, kw []string) (Value, *Exception) {
		bf := AsBuiltin(fn)
		if bf.Owner != nil && !bf.Static {
			if len(args)-len(kw) < 1 {
				return Null, Errorf(TypeErrorType, "descriptor '%s' of '%s' object needs an argument", bf.Name, bf.Owner.Name)
			}
			if !args[0].Type().IsSubtype(bf.Owner) {
				return Null, Errorf(TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", bf.Name, bf.Owner.Name, TypeName(args[0]))
			}
			if args[0].Type().boxKind != boxNone && boxKindOf(bf.Owner) != boxNone && !keepsBox(bf.Name) {
				// built-in methods read self's plain representation
				a := append([]Value(nil), args...)
				a[0] = Unbox(a[0])
				args = a
			}
		}
		return bf.Fn(t, args, kw)
	}
	b.DescrGet = func(_ *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		bf := AsBuiltin(descr)
		if obj.IsNull() || bf.Owner == nil || bf.Static {
			return descr, nil
		}
		return NewBoundMethod(descr, obj), nil
	}
	initType(b, ObjectType)
	addGetter(b, "__name__", func(t *Thread, v Value) (Value, *Exception) { return NewStr(AsBuiltin(v).Name), nil })
	addGetter(b, "__qualname__", func(t *Thread, v Value) (Value, *Exception) {
		bf := AsBuiltin(v)
		if bf.Owner != nil {
			return NewStr(bf.Owner.Name + "." + bf.Name), nil
		}
		return NewStr(bf.Name), nil
	})
	addGetter(b, "__doc__", func(t *Thread, v Value) (Value, *Exception) {
		if d, _ := AsBuiltin(v).DocSig(); d != "" {
			return NewStr(d), nil
		}
		return None, nil
	})
	addGetter(b, "__text_signature__", func(t *Thread, v Value) (Value, *Exception) {
		if _, s := AsBuiltin(v).DocSig(); s != "" {
			return NewStr(s), nil
		}
		return None, nil
	})
	addGetter(b, "__self__", func(t *Thread, v Value) (Value, *Exception) {
		if s := AsBuiltin(v).Self; !s.IsNull() {
			return s, nil
		}
		return None, nil
	})
	addGetter(b, "__module__", func(t *Thread, v Value) (Value, *Exception) {
		if AsBuiltin(v).Owner == nil {
			return NewStr("builtins"), nil
		}
		return None, nil
	})

	m := MethodType
	m.Repr = func(t *Thread, v Value) (string, *Exception) {
		bm := AsBoundMethod(v)
		if bm.Func.Type() == BuiltinType && isSlotWrapper(AsBuiltin(bm.Func)) {
			return fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", AsBuiltin(bm.Func).Name, TypeName(bm.Self), IDOf(bm.Self)), nil
		}
		if bm.Func.Type() == BuiltinType {
			return fmt.Sprintf("<built-in method %s of %s object at %#x>", AsBuiltin(bm.Func).Name, TypeName(bm.Self), IDOf(bm.Self)), nil
		}
		name, _ := GetAttrS(t, bm.Func, "__qualname__")
		ns := "?"
		if IsStr(name) {
			ns = StrOf(name)
		}
		sr, err := Repr(t, bm.Self)
		if err != nil {
			return "", err
		}
		return "<bound method " + ns + " of " + sr + ">", nil
	}
	m.Call = callBound
	m.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := NoKw("method", kw); err != nil {
			return Null, err
		}
		if err := ArgCount("method", args, 2, 2); err != nil {
			return Null, err
		}
		if args[0].Type().Call == nil {
			return Null, NewTypeError("first argument must be callable")
		}
		if args[1].IsNone() {
			return Null, NewTypeError("self must not be None")
		}
		return NewBoundMethod(args[0], args[1]), nil
	}
	m.Compare = func(t *Thread, a, b Value, op int) (Value, *Exception) {
		if b.Type() != MethodType || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		x, y := AsBoundMethod(a), AsBoundMethod(b)
		return MakeBool((x.Func == y.Func && x.Self == y.Self) == (op == EQ)), nil
	}
	m.Hash = func(t *Thread, v Value) (int64, *Exception) {
		bm := AsBoundMethod(v)
		return IDOf(bm.Func) ^ IDOf(bm.Self), nil
	}
	m.GetAttr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		bm := AsBoundMethod(v)
		switch name.s {
		case "__func__":
			return bm.Func, nil
		case "__self__":
			return bm.Self, nil
		case "__doc__":
			return GetAttr(t, bm.Func, name)
		}
		r, err := GenericGetAttr(t, v, name)
		if err != nil && err.Matches(AttributeErrorType) {
			return GetAttr(t, bm.Func, name)
		}
		return r, err
	}
	initType(m, ObjectType)

	c := CellType
	initType(c, ObjectType)
	addGetter(c, "cell_contents", func(t *Thread, v Value) (Value, *Exception) {
		if AsCell(v).V.IsNull() {
			return Null, NewValueError("Cell is empty")
		}
		return AsCell(v).V, nil
	})
	c.Repr = func(t *Thread, v Value) (string, *Exception) {
		cv := AsCell(v).V
		if cv.IsNull() {
			return fmt.Sprintf("<cell at %#x: empty>", IDOf(v)), nil
		}
		return fmt.Sprintf("<cell at %#x: %s object at %#x>", IDOf(v), TypeName(cv), IDOf(cv)), nil
	}

	cm := ClassMethodType
	cm.DescrGet = func(_ *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		if typ == nil {
			typ = obj.Type()
		}
		return NewBoundMethod((*ClassMethod)(descr.p).F, typ.V()), nil
	}
	cm.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("classmethod", args, 1, 1); err != nil {
			return Null, err
		}
		return classMethodOf(args[0]), nil
	}
	initType(cm, ObjectType)
	addGetter(cm, "__func__", func(t *Thread, v Value) (Value, *Exception) { return (*ClassMethod)(v.p).F, nil })
	sm := StaticMethodType
	sm.DescrGet = func(_ *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		return (*StaticMethod)(descr.p).F, nil
	}
	sm.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		if err := ArgCount("staticmethod", args, 1, 1); err != nil {
			return Null, err
		}
		return staticMethodOf(args[0]), nil
	}
	initType(sm, ObjectType)
	addGetter(sm, "__func__", func(t *Thread, v Value) (Value, *Exception) { return (*StaticMethod)(v.p).F, nil })

	initProperty()

	for _, s := range []struct {
		typ  *Type
		v    Value
		repr string
	}{{NoneType, None, "None"}, {NotImplType, NotImplemented, "NotImplemented"}, {EllipsisType, Ellipsis, "Ellipsis"}} {
		s := s
		s.typ.Repr = func(*Thread, Value) (string, *Exception) { return s.repr, nil }
		s.typ.New = func(*Thread, *Type, []Value, []string) (Value, *Exception) { return s.v, nil }
		initType(s.typ, ObjectType)
	}
	NoneType.Bool = func(*Thread, Value) (bool, *Exception) { return false, nil }
	noneObj.typ = NoneType
	notImplObj.typ = NotImplType
	ellipsisObj.typ = EllipsisType
}

func initProperty() {
	p := PropertyType
	p.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		a, err := ParseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0)
		if err != nil {
			return Null, err
		}
		pr := &Property{Get: a[0], Set: a[1], Del: a[2], Doc: a[3]}
		for i, x := range []*Value{&pr.Get, &pr.Set, &pr.Del, &pr.Doc} {
			if x.IsNull() {
				*x = None
			}
			_ = i
		}
		if pr.Doc.IsNone() && !pr.Get.IsNone() {
			if d, err := GetAttrS(t, pr.Get, "__doc__"); err == nil {
				pr.Doc = d
			}
		}
		pr.typ = typ
		return valueOf(unsafe.Pointer(pr)), nil
	}
	p.DescrGet = func(t *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
		pr := (*Property)(descr.p)
		if obj.IsNull() {
			return descr, nil
		}
		if pr.Get.IsNone() {
			return Null, Errorf(AttributeErrorType, "unreadable attribute")
		}
		return Call(t, pr.Get, []Value{obj}, nil)
	}
	p.DescrSet = func(t *Thread, descr, obj, val Value) *Exception {
		pr := (*Property)(descr.p)
		if val.IsNull() {
			if pr.Del.IsNone() {
				return Errorf(AttributeErrorType, "can't delete attribute")
			}
			_, err := Call(t, pr.Del, []Value{obj}, nil)
			return err
		}
		if pr.Set.IsNone() {
			return Errorf(AttributeErrorType, "can't set attribute")
		}
		_, err := Call(t, pr.Set, []Value{obj, val}, nil)
		return err
	}
	initType(p, ObjectType)
	with := func(name string, which int) {
		addMethod(p, name, func(t *Thread, a []Value, kw []string) (Value, *Exception) {
			old := (*Property)(a[0].p)
			n := *old
			switch which {
			case 0:
				n.Get = a[1]
			case 1:
				n.Set = a[1]
			case 2:
				n.Del = a[1]
			}
			return valueOf(unsafe.Pointer(&n)), nil
		})
	}
	with("getter", 0)
	with("setter", 1)
	with("deleter", 2)
	addGetter(p, "fget", func(t *Thread, v Value) (Value, *Exception) { return (*Property)(v.p).Get, nil })
	addGetter(p, "fset", func(t *Thread, v Value) (Value, *Exception) { return (*Property)(v.p).Set, nil })
	addGetter(p, "fdel", func(t *Thread, v Value) (Value, *Exception) { return (*Property)(v.p).Del, nil })
	addGetter(p, "__doc__", func(t *Thread, v Value) (Value, *Exception) { return (*Property)(v.p).Doc, nil })
}

// codeObj wraps a *code.Code as a Python value.
type codeObj struct {
	Object
	co *code.Code
}

// CodeValue wraps a code object. The wrapper is shared while it lives,
// so f.__code__ is f.__code__ and is the constant in the enclosing
// co_consts, as in CPython. The cache holds wrappers weakly and forgets a
// code object once it is collected.
func CodeValue(co *code.Code) Value {
	key := uintptr(unsafe.Pointer(co))
	if w, ok := codeValues.Load(key); ok {
		if c := w.(weak.Pointer[codeObj]).Value(); c != nil && c.co == co {
			return valueOf(unsafe.Pointer(c))
		}
	}
	c := &codeObj{co: co}
	c.typ = CodeType
	if _, loaded := codeValues.Swap(key, weak.Make(c)); !loaded {
		runtime.AddCleanup(co, func(k uintptr) { codeValues.Delete(k) }, key)
	}
	return valueOf(unsafe.Pointer(c))
}

var codeValues sync.Map // uintptr(*code.Code) -> weak.Pointer[codeObj]

// AsCode returns the *code.Code of a code value.
func AsCode(v Value) *code.Code { return (*codeObj)(v.p).co }

func ptrOf[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

// newFunctionObject is function(code, globals, name=None, argdefs=None,
// closure=None), the FunctionType constructor.
func newFunctionObject(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
	a, err := ParseArgs("function", args, kw, []string{"code", "globals", "name", "argdefs", "closure"}, 2)
	if err != nil {
		return Null, err
	}
	if a[0].Type() != CodeType {
		return Null, Errorf(TypeErrorType, "function() argument 1 must be code, not %s", TypeName(a[0]))
	}
	if !IsDict(a[1]) {
		return Null, Errorf(TypeErrorType, "function() argument 2 must be dict, not %s", TypeName(a[1]))
	}
	co := AsCode(a[0])
	fn := NewFunction(co, AsDict(a[1]), NewStr(co.Name))
	if !a[2].IsNull() && !a[2].IsNone() {
		if !IsStr(a[2]) {
			return Null, NewTypeError("arg 3 (name) must be None or string")
		}
		fn.Name = a[2]
	}
	if !a[3].IsNull() && !a[3].IsNone() {
		if !IsTuple(a[3]) {
			return Null, NewTypeError("arg 4 (defaults) must be None or tuple")
		}
		fn.Defaults = AsTuple(a[3])
	}
	nfree := len(co.FreeVars)
	var cells []Value
	if !a[4].IsNull() && !a[4].IsNone() {
		if !IsTuple(a[4]) {
			return Null, NewTypeError("arg 5 (closure) must be tuple")
		}
		cells = AsTuple(a[4])
	}
	if len(cells) != nfree {
		if nfree > 0 && cells == nil {
			return Null, NewTypeError("arg 5 (closure) must be tuple")
		}
		return Null, Errorf(ValueErrorType, "%s requires closure of length %d, not %d", co.Name, nfree, len(cells))
	}
	for _, c := range cells {
		if c.Type() != CellType {
			return Null, Errorf(TypeErrorType, "arg 5 (closure) expected cell, found %s", TypeName(c))
		}
		fn.Closure = append(fn.Closure, AsCell(c))
	}
	return fn.V(), nil
}
