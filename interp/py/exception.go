package py

import (
	"fmt"
	"unsafe"

	"github.com/bytepy/bytepy/interp/code"
)

// Exception is an instance of BaseException or any subclass, built-in or
// user-defined: all exceptions share this layout.
type Exception struct {
	Object
	Args            Value // a tuple
	Dict            *Dict
	Cause, Context  Value // Null when unset
	SuppressContext bool
	// argsOwn: no Python code has seen the tuple in Args (excGetAttr
	// clears it when it hands args out), so BaseException.__init__ may
	// refill a one-item tuple in place (excalloc.go).
	argsOwn   bool
	Traceback *Traceback
	room      *Dict      // an empty __dict__ allocated with the instance
	tbRoom    *Traceback // a traceback entry allocated with it (excalloc.go)
}

// Traceback is one entry of an exception's traceback (tb_next points
// towards the frame that raised).
type Traceback struct {
	Object
	Next  *Traceback
	Code  *code.Code
	Line  int
	Lasti int
	Frame *FrameObj // nil when the VM did not record it
}

// TracebackType is the type of traceback objects.
var TracebackType = newBuiltinType("traceback", ObjectType)

// V is the traceback as a value (None for nil).
func (tb *Traceback) V() Value {
	if tb == nil {
		return None
	}
	return Value{p: unsafe.Pointer(tb)}
}

// Error makes *Exception usable as a Go error.
func (e *Exception) Error() string {
	s, _ := excStr(nil, e.V())
	if s == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + s
}

// V is the exception as a value.
func (e *Exception) V() Value { return Value{p: unsafe.Pointer(e)} }

// Type is the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// AsException returns v as an exception (v must be one).
func AsException(v Value) *Exception { return (*Exception)(v.p) }

// IsException reports whether v is an exception instance.
func IsException(v Value) bool { return v.Type().IsSubtype(BaseExceptionType) }

// ArgsSlice is the exception's args as a Go slice.
func (e *Exception) ArgsSlice() []Value {
	if e.Args.IsNull() {
		return nil
	}
	return AsTuple(e.Args)
}

// Matches reports whether the exception is an instance of typ.
func (e *Exception) Matches(typ *Type) bool { return e.typ.IsSubtype(typ) }

var (
	BaseExceptionType = &Type{Name: "BaseException"}

	SystemExitType, KeyboardInterruptType, GeneratorExitType, ExceptionType      *Type
	StopIterationType, StopAsyncIterationType, ArithmeticErrorType               *Type
	FloatingPointErrorType, OverflowErrorType, ZeroDivisionErrorType             *Type
	AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType        *Type
	ImportErrorType, ModuleNotFoundErrorType, LookupErrorType, IndexErrorType    *Type
	KeyErrorType, MemoryErrorType, NameErrorType, UnboundLocalErrorType          *Type
	OSErrorType, ReferenceErrorType, RuntimeErrorType, NotImplementedErrorType   *Type
	RecursionErrorType, SyntaxErrorType, IndentationErrorType, TabErrorType      *Type
	SystemErrorType, TypeErrorType, ValueErrorType, UnicodeErrorType             *Type
	UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType    *Type
	WarningType, FileNotFoundErrorType, FileExistsErrorType, PermissionErrorType *Type
	TimeoutErrorType, IsADirectoryErrorType, NotADirectoryErrorType              *Type
	ConnectionErrorType, BrokenPipeErrorType, InterruptedErrorType               *Type
)

// ExceptionTypes lists the built-in exception classes, for the builtins module.
var ExceptionTypes []*Type

func excType(name string, base *Type) *Type {
	typ := newBuiltinType(name, base)
	ExceptionTypes = append(ExceptionTypes, typ)
	return typ
}

func initExceptions() {
	b := BaseExceptionType
	b.typ = TypeType
	b.Alloc = allocException
	b.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		// every exception class allocates with allocException
		return newExcArgs(typ, args[:len(args)-len(kw)]).V(), nil
	}
	b.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception {
		if len(kw) > 0 {
			return NewTypeError(self.Type().Name + "() takes no keyword arguments")
		}
		e := AsException(self)
		if cur := e.Args; cur.Type() == TupleType && sameItems(AsTuple(cur), args) {
			// type.__call__ passes __new__'s arguments on: the tuple
			// __new__ made already holds them
			return nil
		}
		if e.argsOwn && len(args) == 1 && len(AsTuple(e.Args)) == 1 {
			// super().__init__(msg) of a class called with other
			// arguments: the tuple allocated with the instance
			AsTuple(e.Args)[0] = args[0]
			return nil
		}
		e.Args = tupleCopy(args)
		return nil
	}
	b.Repr = excRepr
	b.Str = excStr
	initType(b, ObjectType)
	ExceptionTypes = append(ExceptionTypes, b)

	SystemExitType = excType("SystemExit", b)
	KeyboardInterruptType = excType("KeyboardInterrupt", b)
	GeneratorExitType = excType("GeneratorExit", b)
	ExceptionType = excType("Exception", b)
	e := ExceptionType
	StopIterationType = excType("StopIteration", e)
	StopAsyncIterationType = excType("StopAsyncIteration", e)
	ArithmeticErrorType = excType("ArithmeticError", e)
	FloatingPointErrorType = excType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType = excType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType = excType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType = excType("AssertionError", e)
	AttributeErrorType = excType("AttributeError", e)
	BufferErrorType = excType("BufferError", e)
	EOFErrorType = excType("EOFError", e)
	ImportErrorType = excType("ImportError", e)
	ModuleNotFoundErrorType = excType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType = excType("LookupError", e)
	IndexErrorType = excType("IndexError", LookupErrorType)
	KeyErrorType = excType("KeyError", LookupErrorType)
	KeyErrorType.Str = func(t *Thread, v Value) (string, *Exception) {
		a := AsException(v).ArgsSlice()
		if len(a) == 1 {
			return Repr(t, a[0])
		}
		return excStr(t, v)
	}
	MemoryErrorType = excType("MemoryError", e)
	NameErrorType = excType("NameError", e)
	UnboundLocalErrorType = excType("UnboundLocalError", NameErrorType)
	OSErrorType = excType("OSError", e)
	OSErrorType.Str = func(t *Thread, v Value) (string, *Exception) {
		ex := AsException(v)
		a := ex.ArgsSlice()
		if len(a) == 2 && IsIntLike(a[0]) {
			s, _ := Str_(t, a[1])
			msg := "[Errno " + IntString(a[0]) + "] " + s
			if ex.Dict != nil {
				if fn, ok := ex.Dict.GetStr("filename"); ok && !fn.IsNone() {
					r, _ := Repr(t, fn)
					msg += ": " + r
				}
			}
			return msg, nil
		}
		return excStr(t, v)
	}
	ConnectionErrorType = excType("ConnectionError", OSErrorType)
	BrokenPipeErrorType = excType("BrokenPipeError", ConnectionErrorType)
	excType("ConnectionAbortedError", ConnectionErrorType)
	excType("ConnectionRefusedError", ConnectionErrorType)
	excType("ConnectionResetError", ConnectionErrorType)
	excType("BlockingIOError", OSErrorType)
	excType("ChildProcessError", OSErrorType)
	FileExistsErrorType = excType("FileExistsError", OSErrorType)
	FileNotFoundErrorType = excType("FileNotFoundError", OSErrorType)
	InterruptedErrorType = excType("InterruptedError", OSErrorType)
	IsADirectoryErrorType = excType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType = excType("NotADirectoryError", OSErrorType)
	PermissionErrorType = excType("PermissionError", OSErrorType)
	excType("ProcessLookupError", OSErrorType)
	TimeoutErrorType = excType("TimeoutError", OSErrorType)
	ReferenceErrorType = excType("ReferenceError", e)
	RuntimeErrorType = excType("RuntimeError", e)
	NotImplementedErrorType = excType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType = excType("RecursionError", RuntimeErrorType)
	SyntaxErrorType = excType("SyntaxError", e)
	SyntaxErrorType.Str = func(t *Thread, v Value) (string, *Exception) {
		// "msg (file, line N)" as SyntaxError.__str__ shows it
		ex := AsException(v)
		if ex.Dict != nil {
			msg, ok1 := ex.Dict.GetStr("msg")
			fn, ok2 := ex.Dict.GetStr("filename")
			ln, ok3 := ex.Dict.GetStr("lineno")
			if ok1 && ok2 && ok3 && IsStr(msg) {
				s, _ := Str_(t, msg)
				base := StrOf(fn)
				if i := lastSlash(base); i >= 0 {
					base = base[i+1:]
				}
				return s + " (" + base + ", line " + IntString(ln) + ")", nil
			}
		}
		return excStr(t, v)
	}
	IndentationErrorType = excType("IndentationError", SyntaxErrorType)
	TabErrorType = excType("TabError", IndentationErrorType)
	SystemErrorType = excType("SystemError", e)
	TypeErrorType = excType("TypeError", e)
	ValueErrorType = excType("ValueError", e)
	UnicodeErrorType = excType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType = excType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType = excType("UnicodeEncodeError", UnicodeErrorType)
	UnicodeTranslateErrorType = excType("UnicodeTranslateError", UnicodeErrorType)
	WarningType = excType("Warning", e)
	for _, n := range []string{"DeprecationWarning", "PendingDeprecationWarning", "RuntimeWarning", "SyntaxWarning", "UserWarning", "FutureWarning", "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning"} {
		excType(n, WarningType)
	}
	for _, typ := range ExceptionTypes {
		typ.GetAttr = excGetAttr
		typ.SetAttr = excSetAttr
	}
	addMethod(b, "with_traceback", func(t *Thread, a []Value, kw []string) (Value, *Exception) {
		if len(a) != 2 {
			return Null, NewTypeError("with_traceback() takes exactly one argument")
		}
		if err := excSetAttr(t, a[0], Intern("__traceback__"), a[1]); err != nil {
			return Null, err
		}
		return a[0], nil
	})
}

func excRepr(t *Thread, v Value) (string, *Exception) {
	e := AsException(v)
	a := e.ArgsSlice()
	if len(a) == 1 {
		s, err := Repr(t, a[0])
		if err != nil {
			return "", err
		}
		return e.typ.Name + "(" + s + ")", nil
	}
	s, err := Repr(t, e.Args)
	if err != nil {
		return "", err
	}
	if len(a) == 0 {
		return e.typ.Name + "()", nil
	}
	return e.typ.Name + s, nil
}

func excStr(t *Thread, v Value) (string, *Exception) {
	e := AsException(v)
	a := e.ArgsSlice()
	switch len(a) {
	case 0:
		return "", nil
	case 1:
		return Str_(t, a[0])
	}
	return Repr(t, e.Args)
}

func excGetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	e := AsException(v)
	switch name.s {
	case "args":
		e.argsOwn = false
		return e.Args, nil
	case "__traceback__":
		return e.Traceback.V(), nil
	case "__cause__":
		if e.Cause.IsNull() {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context.IsNull() {
			return None, nil
		}
		return e.Context, nil
	case "__suppress_context__":
		return MakeBool(e.SuppressContext), nil
	case "value":
		if e.typ.IsSubtype(StopIterationType) && !e.hasDictAttr(name) {
			if a := e.ArgsSlice(); len(a) > 0 {
				return a[0], nil
			}
			return None, nil
		}
	case "code":
		if e.typ.IsSubtype(SystemExitType) && !e.hasDictAttr(name) {
			a := e.ArgsSlice()
			switch len(a) {
			case 0:
				return None, nil
			case 1:
				return a[0], nil
			}
			e.argsOwn = false
			return e.Args, nil
		}
	}
	return GenericGetAttr(t, v, name)
}

// NewOSError is OSError(errno, strerror) with filename set, as the
// file functions raise it (typ picks the subclass, e.g. FileNotFoundError).
func NewOSError(typ *Type, errno int, strerror, filename string) *Exception {
	e := NewException(typ, MakeInt(int64(errno)), NewStr(strerror))
	e.Dict = NewDict()
	e.Dict.SetStr("errno", MakeInt(int64(errno)))
	e.Dict.SetStr("strerror", NewStr(strerror))
	e.Dict.SetStr("filename", NewStr(filename))
	return e
}

func (e *Exception) hasDictAttr(name *Str) bool {
	if e.Dict == nil {
		return false
	}
	_, ok := e.Dict.getStr(name)
	return ok
}

func excSetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	e := AsException(v)
	switch name.s {
	case "args":
		tup, err := TupleOf(t, val)
		if err != nil {
			return err
		}
		e.Args, e.argsOwn = tup, false
		return nil
	case "__traceback__":
		if val.IsNone() {
			e.Traceback = nil
		} else if val.Type() == TracebackType {
			e.Traceback = (*Traceback)(val.p)
		} else {
			return NewTypeError("__traceback__ must be a traceback or None")
		}
		return nil
	case "__cause__":
		if val.IsNone() {
			e.Cause = Null
		} else {
			e.Cause = val
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if val.IsNone() {
			e.Context = Null
		} else {
			e.Context = val
		}
		return nil
	case "__suppress_context__":
		e.SuppressContext = Truth_(val)
		return nil
	}
	return genericSetAttrDict(t, v, name, val, e.dict())
}

// NewException makes an exception of typ with the given args.
func NewException(typ *Type, args ...Value) *Exception {
	if len(args) == 1 {
		return newException1(typ, args[0])
	}
	e := &Exception{Args: tupleCopy(args)}
	e.typ = typ
	return e
}

// Errorf makes an exception of typ whose single argument is the message.
func Errorf(typ *Type, format string, a ...any) *Exception {
	msg := format
	if len(a) > 0 {
		msg = fmt.Sprintf(format, a...)
	}
	return NewException(typ, NewStr(msg))
}

// NewTypeError is TypeError(msg).
func NewTypeError(msg string) *Exception { return Errorf(TypeErrorType, "%s", msg) }

// NewValueError is ValueError(msg).
func NewValueError(msg string) *Exception { return Errorf(ValueErrorType, "%s", msg) }

// NewAttributeError is AttributeError(msg).
func attrError(v Value, name *Str) *Exception {
	if IsType(v) {
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", AsType(v).Name, name.s)
	}
	if v.Type() == ModuleType {
		return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", AsModule(v).Name(), name.s)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(v), name.s)
}

// StopIteration with a value, for generators' return.
func NewStopIteration(v Value) *Exception {
	if v.IsNone() {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, v)
}

// NewExceptionFromType calls an exception class with no arguments (raise X).
func NewExceptionFromType(t *Thread, typ *Type, args ...Value) (*Exception, *Exception) {
	if v, ok := NewPlainException(typ, args); ok {
		return AsException(v), nil
	}
	v, err := Call(t, typ.V(), args, nil)
	if err != nil {
		return nil, err
	}
	if !IsException(v) {
		return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typ.Name, TypeName(v))
	}
	return AsException(v), nil
}

// NewTraceback prepends an entry for instruction index lasti of co.
func NewTraceback(next *Traceback, co *code.Code, lasti int) *Traceback {
	tb := &Traceback{Next: next, Code: co, Lasti: lasti, Line: co.Addr2Line(2 * lasti)}
	tb.typ = TracebackType
	return tb
}

func lastSlash(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// osErrorByErrno is the OSError subclass CPython picks for an errno
// (Linux numbering) when OSError itself is called.
// (Switches, here and in osErrorByErrnoName: a package-level map is
// built at every process start.)
func osErrorByErrno(errno int64) *Type {
	switch errno {
	case 1, 13:
		return PermissionErrorType
	case 2:
		return FileNotFoundErrorType
	case 4:
		return InterruptedErrorType
	case 17:
		return FileExistsErrorType
	case 20:
		return NotADirectoryErrorType
	case 21:
		return IsADirectoryErrorType
	case 32, 108:
		return BrokenPipeErrorType
	case 110:
		return TimeoutErrorType
	}
	return nil
}

func osErrorByErrnoName(errno int64) string {
	switch errno {
	case 3:
		return "ProcessLookupError"
	case 10:
		return "ChildProcessError"
	case 11, 114, 115:
		return "BlockingIOError"
	case 103:
		return "ConnectionAbortedError"
	case 104:
		return "ConnectionResetError"
	case 111:
		return "ConnectionRefusedError"
	}
	return ""
}

// osErrorSetup fills errno, strerror and filename from OSError's
// arguments; with a filename, args keeps only (errno, strerror).
func osErrorSetup(e *Exception, args []Value) {
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	errno, strerror, filename := None, None, None
	if len(args) >= 2 && len(args) <= 5 {
		errno, strerror = args[0], args[1]
		if len(args) >= 3 {
			filename = args[2]
			e.Args = NewTuple([]Value{args[0], args[1]})
		}
	}
	e.Dict.SetStr("errno", errno)
	e.Dict.SetStr("strerror", strerror)
	e.Dict.SetStr("filename", filename)
	e.Dict.SetStr("filename2", None)
}

func initOSError() {
	o := OSErrorType
	base := o.New
	o.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
		pos := args[:len(args)-len(kw)]
		if typ == OSErrorType && len(pos) >= 2 && pos[0].IsInt() {
			if p := osErrorByErrno(pos[0].Int()); p != nil {
				typ = p
			} else if n := osErrorByErrnoName(pos[0].Int()); n != "" {
				for _, x := range ExceptionTypes {
					if x.Name == n {
						typ = x
					}
				}
			}
		}
		v, err := base(t, typ, args, kw)
		if err != nil {
			return v, err
		}
		osErrorSetup(AsException(v), pos)
		return v, nil
	}
	o.Init = func(t *Thread, self Value, args []Value, kw []string) *Exception {
		if len(kw) > 0 {
			return NewTypeError(self.Type().Name + "() takes no keyword arguments")
		}
		e := AsException(self)
		e.Args = NewTuple(append([]Value(nil), args...))
		osErrorSetup(e, args)
		return nil
	}
	for _, x := range ExceptionTypes {
		if x != o && x.IsSubtype(o) {
			x.New, x.Init = o.New, o.Init
		}
	}
}

// initExceptionAttrs gives SyntaxError, ImportError and the Unicode
// errors the attributes their constructors fill in.
func initExceptionAttrs() {
	set := func(e *Exception, names []string, vals []Value) {
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		for i, n := range names {
			v := None
			if i < len(vals) {
				v = vals[i]
			}
			e.Dict.SetStr(n, v)
		}
	}
	syn := func(t *Thread, self Value, args []Value, kw []string) *Exception {
		if len(kw) > 0 {
			return NewTypeError(self.Type().Name + "() takes no keyword arguments")
		}
		e := AsException(self)
		e.Args = NewTuple(append([]Value(nil), args...))
		var vals []Value
		if len(args) >= 1 {
			vals = append(vals, args[0])
		}
		if len(args) == 2 {
			if !IsTuple(args[1]) || len(AsTuple(args[1])) != 4 {
				return Errorf(IndexErrorType, "tuple index out of range")
			}
			vals = append(vals, AsTuple(args[1])...)
		}
		set(e, []string{"msg", "filename", "lineno", "offset", "text"}, vals)
		e.Dict.SetStr("print_file_and_line", None)
		return nil
	}
	for _, x := range ExceptionTypes {
		if x.IsSubtype(SyntaxErrorType) {
			x.Init = syn
		}
	}
	imp := func(t *Thread, self Value, args []Value, kw []string) *Exception {
		pos := args[:len(args)-len(kw)]
		e := AsException(self)
		e.Args = NewTuple(append([]Value(nil), pos...))
		var msg Value = None
		if len(pos) == 1 {
			msg = pos[0]
		}
		set(e, []string{"msg", "name", "path"}, []Value{msg})
		for i, k := range kw {
			if k != "name" && k != "path" {
				return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, self.Type().Name)
			}
			e.Dict.SetStr(k, args[len(pos)+i])
		}
		return nil
	}
	for _, x := range ExceptionTypes {
		if x.IsSubtype(ImportErrorType) {
			x.Init = imp
			x.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
				v := typ.Alloc(typ)
				AsException(v).Args = NewTuple(append([]Value(nil), args[:len(args)-len(kw)]...))
				return v, nil
			}
		}
	}
	// uni is the __init__ of a UnicodeError subclass: its arguments are
	// parsed as 3.7's "O!O!nnO!" (spec: s a str, b a bytes-like object kept
	// as bytes, n an index), and they become its attributes.
	uni := func(typ *Type, spec string, names []string) func(t *Thread, self Value, args []Value, kw []string) *Exception {
		return func(t *Thread, self Value, args []Value, kw []string) *Exception {
			if len(kw) > 0 {
				return Errorf(TypeErrorType, "%s() takes no keyword arguments", typ.Name)
			}
			if len(args) != len(spec) {
				return Errorf(TypeErrorType, "function takes exactly %d arguments (%d given)", len(spec), len(args))
			}
			vals := append([]Value(nil), args...)
			for i, c := range spec {
				v := args[i]
				switch c {
				case 's':
					if !IsStr(v) {
						return Errorf(TypeErrorType, "argument %d must be str, not %s", i+1, TypeName(v))
					}
				case 'b':
					b, ok := bytesOf(v)
					if !ok {
						return Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(v))
					}
					vals[i] = NewBytes(append([]byte(nil), b...))
				case 'n':
					if v.Type() == FloatType || v.Type().IsSubtype(FloatType) {
						return Errorf(TypeErrorType, "integer argument expected, got float")
					}
					if _, err := IndexInt(t, v); err != nil {
						return err
					}
				}
			}
			e := AsException(self)
			e.Args = NewTuple(append([]Value(nil), args...))
			set(e, names, vals)
			return nil
		}
	}
	UnicodeDecodeErrorType.Init = uni(UnicodeDecodeErrorType, "sbnns", []string{"encoding", "object", "start", "end", "reason"})
	UnicodeEncodeErrorType.Init = uni(UnicodeEncodeErrorType, "ssnns", []string{"encoding", "object", "start", "end", "reason"})
	UnicodeTranslateErrorType.Init = uni(UnicodeTranslateErrorType, "snns", []string{"object", "start", "end", "reason"})
	unicodeStr := func(verb string) func(t *Thread, v Value) (string, *Exception) {
		return func(t *Thread, v Value) (string, *Exception) {
			e := AsException(v)
			if e.Dict == nil || len(e.ArgsSlice()) != 5 {
				return excStr(t, v)
			}
			enc, _ := e.Dict.GetStr("encoding")
			obj, _ := e.Dict.GetStr("object")
			st, _ := e.Dict.GetStr("start")
			end, _ := e.Dict.GetStr("end")
			reason, _ := e.Dict.GetStr("reason")
			es, _ := Str_(t, enc)
			rs, _ := Str_(t, reason)
			if !st.IsInt() || !end.IsInt() {
				return excStr(t, v)
			}
			i := int(st.Int())
			if b, ok := bytesOf(obj); ok && verb == "decode" && i >= 0 && i < len(b) {
				if end.Int() == st.Int()+1 {
					return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", es, b[i], i, rs), nil
				}
				return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", es, i, end.Int()-1, rs), nil
			}
			if verb == "encode" && IsStr(obj) {
				if cs := DecodeStr(StrOf(obj)); end.Int() == st.Int()+1 && i >= 0 && i < len(cs) {
					return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", es, charEscape(cs[i]), i, rs), nil
				}
				return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", es, i, end.Int()-1, rs), nil
			}
			return excStr(t, v)
		}
	}
	UnicodeDecodeErrorType.Str = unicodeStr("decode")
	UnicodeEncodeErrorType.Str = unicodeStr("encode")
	markPlainExceptions()
}

// sameItems reports whether a and b hold the identical values.
func sameItems(a, b []Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
