package py

import (
	"unsafe"
	"weak"
)

// Binary operator numbers, the index into Type.Binary / Type.Inplace.
const (
	OpAdd = iota
	OpSub
	OpMul
	OpMatMul
	OpTrueDiv
	OpFloorDiv
	OpMod
	OpPow
	OpLShift
	OpRShift
	OpAnd
	OpXor
	OpOr
	NumBinOps
)

// BinOpSymbols are the operator spellings used in TypeError messages.
var BinOpSymbols = [NumBinOps]string{"+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "^", "|"}

var binOpNames = [NumBinOps]string{"add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"}

// Rich comparison operators, numbered as COMPARE_OP's first six.
const (
	LT = iota
	LE
	EQ
	NE
	GT
	GE
)

var cmpSwapped = [6]int{GT, GE, EQ, NE, LT, LE}
var cmpSymbols = [6]string{"<", "<=", "==", "!=", ">", ">="}
var cmpDunders = [6]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// Slot function shapes.
type (
	UnaryFn  func(t *Thread, v Value) (Value, *Exception)
	BinaryFn func(t *Thread, a, b Value) (Value, *Exception)
	CallFn   func(t *Thread, fn Value, args []Value, kwnames []string) (Value, *Exception)
)

// Type is a Python type object. Built-in types fill the slots with Go
// functions; user classes get slots that look up the dunder methods.
// A nil slot means the operation is not supported.
type Type struct {
	Object
	Name     string
	Qualname string
	Module   string
	Doc      Value
	Bases    []*Type
	MRO      []*Type
	dict     *Dict      // tp_dict; read it through Dict() (typedict_lazy.go)
	lazy     atomicLazy // the dict's recorded stores, nil once built
	Base     *Type      // the base whose instance layout this type uses
	User     bool       // a class statement (heap type): dunders are looked up
	Final    bool       // cannot be subclassed (bool, NoneType, ...)
	boxKind  uint8      // user subclass of an immutable built-in (subclass.go)
	// subclasses are the classes naming this one as a base, in creation
	// order (type.__subclasses__), held weakly as CPython does
	subclasses []weak.Pointer[Type]

	// Alloc makes a blank instance of a (sub)type for object.__new__.
	Alloc func(typ *Type) Value

	Repr     func(t *Thread, v Value) (string, *Exception)
	Str      func(t *Thread, v Value) (string, *Exception)
	Hash     func(t *Thread, v Value) (int64, *Exception)
	Compare  func(t *Thread, a, b Value, op int) (Value, *Exception)
	Bool     func(t *Thread, v Value) (bool, *Exception)
	Len      func(t *Thread, v Value) (int, *Exception)
	GetAttr  func(t *Thread, v Value, name *Str) (Value, *Exception)
	SetAttr  func(t *Thread, v Value, name *Str, val Value) *Exception // val Null deletes
	Call     CallFn
	Iter     UnaryFn
	Next     func(t *Thread, v Value) (Value, bool, *Exception) // false: exhausted
	GetItem  BinaryFn
	SetItem  func(t *Thread, v, k, val Value) *Exception // val Null deletes
	Contains func(t *Thread, v, k Value) (bool, *Exception)
	Binary   [NumBinOps]BinaryFn
	Inplace  [NumBinOps]BinaryFn
	Neg      UnaryFn
	Pos      UnaryFn
	Invert   UnaryFn
	Abs      UnaryFn
	Index    UnaryFn // __index__: returns an int
	ToInt    UnaryFn // __int__
	ToFloat  UnaryFn // __float__
	DescrGet func(t *Thread, descr, obj Value, typ *Type) (Value, *Exception)
	DescrSet func(t *Thread, descr, obj, val Value) *Exception // val Null deletes
	New      func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, *Exception)
	Init     func(t *Thread, self Value, args []Value, kwnames []string) *Exception

	// Version tag and lookup caches (typeversion.go).
	version   uint64
	flagsVer  uint64
	userFlags uint8 // flag* bits, valid while flagsVer == version
	mcache    *methodCache
	insts     instBatch // the batch a slotted class's instances come from (instbatch.go)
	initVer   uint64    // version for which initFn is known
	initFn    *Function // PlainInit's __init__, nil when calling the class is not plain
	newVer    uint64    // version for which newPlain is known (plainnew.go)
	newPlain  bool      // calling the class with no arguments is just Alloc (plainnew.go)
	bniVer    uint64    // version for which bniFn is known (callinit.go)
	bniFn     *Function // BuiltinNewInit's __init__, nil when the call is not that
	instAttrs uint8     // the most attributes an instance was seen with (newInstance)
	instBare  uint8     // instances made while instAttrs was still 0 (newInstance)
	excPlain  bool      // a built-in exception class made by BaseException's __new__ and __init__ (excalloc.go)
}

// Which attribute hooks a user class defines (cached per version).
const (
	flagGetattribute = 1 << iota
	flagGetattr
	flagSetattr
	flagDelattr
	flagNoDict   // instances have __slots__ and no __dict__ (userslots.go)
	flagAbstract // a non-empty __abstractmethods__ of its own (abc.go)
	flagsKnown
)

// flags reports which attribute hooks a user class defines.
func (typ *Type) flags() uint8 {
	if v := typ.Version(); typ.flagsVer != v || v == 0 {
		f := uint8(flagsKnown)
		if !userLookupSlow(typ, dGetattribute).IsNull() {
			f |= flagGetattribute
		}
		if !userLookupSlow(typ, dGetattr).IsNull() {
			f |= flagGetattr
		}
		if !userLookupSlow(typ, dSetattr).IsNull() {
			f |= flagSetattr
		}
		if !userLookupSlow(typ, dDelattr).IsNull() {
			f |= flagDelattr
		}
		if noInstanceDict(typ) {
			f |= flagNoDict
		}
		if isAbstract(typ) {
			f |= flagAbstract
		}
		typ.userFlags = f
		typ.flagsVer = v
	}
	return typ.userFlags
}

// PlainAttrs reports whether attribute access on instances of a user
// class is the generic algorithm (no __getattribute__/__getattr__/
// __setattr__ of its own), so the VM may take its shortcuts.
func (typ *Type) PlainAttrs() bool {
	return typ.User && typ.flags()&(flagGetattribute|flagGetattr|flagSetattr|flagDelattr|flagNoDict) == 0 && layoutIs(typ, ObjectType)
}

// TypeType is `type`; ObjectType is `object`.
var (
	TypeType   = &Type{Name: "type"}
	ObjectType = &Type{Name: "object"}
)

// V is the type as a Value.
func (typ *Type) V() Value { return Value{p: unsafe.Pointer(typ)} }

// TypeOf is the type of a type object (its metaclass).
func (typ *Type) Meta() *Type { return typ.typ }

// newBuiltinType makes a static type deriving from base.
func newBuiltinType(name string, base *Type) *Type {
	typ := &Type{Name: name, Qualname: name, Module: "builtins"}
	typ.typ = TypeType
	initType(typ, base)
	if !initDone {
		pendingTypes = append(pendingTypes, typ)
	}
	madeTypes = append(madeTypes, typ)
	return typ
}

// madeTypes are the types newBuiltinType made (iterators, views, map,
// zip, ...): init exposes their slots as dunders with the core types', so
// that it.__next__() and dir(it) work as in 3.7.
var madeTypes []*Type

// Types made by package-level initialisers exist before object is set
// up; init links them again once it is.
var (
	pendingTypes []*Type
	initDone     bool
)

func fixPendingTypes() {
	for _, typ := range pendingTypes {
		base := ObjectType
		if len(typ.Bases) > 0 {
			base = typ.Bases[0]
		}
		typ.MRO = append([]*Type{typ}, base.MRO...)
		inheritSlots(typ, base)
	}
	initDone = true
}

// initType links a type to its base and inherits the base's slots.
func initType(typ *Type, base *Type) {
	if typ.typ == nil {
		typ.typ = TypeType
	}
	if typ.Qualname == "" {
		typ.Qualname = typ.Name
	}
	if typ.Module == "" {
		typ.Module = "builtins"
	}
	typ.startLazy()
	if !typ.hasOwn("__doc__") {
		// every type has its own __doc__ (None when undocumented), so an
		// instance never shows object's
		typ.setLazy("__doc__", None)
	}
	if base != nil {
		typ.Bases = []*Type{base}
		typ.MRO = append([]*Type{typ}, base.MRO...)
		if typ.Base == nil {
			typ.Base = base
		}
		inheritSlots(typ, base)
	} else {
		typ.MRO = []*Type{typ}
	}
	registerType(typ)
}

// inheritSlots copies every slot the type has not set from base.
func inheritSlots(typ, base *Type) {
	if typ.Alloc == nil {
		typ.Alloc = base.Alloc
	}
	if typ.Repr == nil {
		typ.Repr = base.Repr
	}
	if typ.Str == nil {
		typ.Str = base.Str
	}
	if typ.Hash == nil {
		typ.Hash = base.Hash
	}
	if typ.Compare == nil {
		typ.Compare = base.Compare
	}
	if typ.Bool == nil {
		typ.Bool = base.Bool
	}
	if typ.Len == nil {
		typ.Len = base.Len
	}
	if typ.GetAttr == nil {
		typ.GetAttr = base.GetAttr
	}
	if typ.SetAttr == nil {
		typ.SetAttr = base.SetAttr
	}
	if typ.Call == nil {
		typ.Call = base.Call
	}
	if typ.Iter == nil {
		typ.Iter = base.Iter
	}
	if typ.Next == nil {
		typ.Next = base.Next
	}
	if typ.GetItem == nil {
		typ.GetItem = base.GetItem
	}
	if typ.SetItem == nil {
		typ.SetItem = base.SetItem
	}
	if typ.Contains == nil {
		typ.Contains = base.Contains
	}
	for i := range typ.Binary {
		if typ.Binary[i] == nil {
			typ.Binary[i] = base.Binary[i]
		}
		if typ.Inplace[i] == nil {
			typ.Inplace[i] = base.Inplace[i]
		}
	}
	if typ.Neg == nil {
		typ.Neg = base.Neg
	}
	if typ.Pos == nil {
		typ.Pos = base.Pos
	}
	if typ.Invert == nil {
		typ.Invert = base.Invert
	}
	if typ.Abs == nil {
		typ.Abs = base.Abs
	}
	if typ.Index == nil {
		typ.Index = base.Index
	}
	if typ.ToInt == nil {
		typ.ToInt = base.ToInt
	}
	if typ.ToFloat == nil {
		typ.ToFloat = base.ToFloat
	}
	if typ.DescrGet == nil {
		typ.DescrGet = base.DescrGet
	}
	if typ.DescrSet == nil {
		typ.DescrSet = base.DescrSet
	}
	if typ.New == nil {
		typ.New = base.New
	}
	if typ.Init == nil {
		typ.Init = base.Init
	}
}

// IsSubtype reports whether a is b or derives from it.
func (a *Type) IsSubtype(b *Type) bool {
	if a == b {
		return true
	}
	for _, m := range a.MRO {
		if m == b {
			return true
		}
	}
	return false
}

// Lookup finds name along the MRO (_PyType_Lookup), or Null.
func (typ *Type) Lookup(name *Str) Value {
	if typ.User {
		return typ.cachedLookup(name, false)
	}
	return typ.lookupSlow(name)
}

func (typ *Type) lookupSlow(name *Str) Value {
	for _, m := range typ.MRO {
		if v, ok := m.Dict().getStr(name); ok {
			return v
		}
	}
	return Null
}

// LookupS is Lookup with a Go string.
func (typ *Type) LookupS(name string) Value { return typ.Lookup(internFast(name)) }

// TypeName is a value's type name as error messages show it.
func TypeName(v Value) string { return v.Type().Name }

// IsType reports whether v is a type object.
func IsType(v Value) bool { return v.Type().IsSubtype(TypeType) }

// AsType returns v as a *Type (v must be a type).
func AsType(v Value) *Type { return (*Type)(v.p) }

// mro computes the C3 linearisation of a class with the given bases.
func c3MRO(typ *Type, bases []*Type) ([]*Type, *Exception) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{typ}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			msg := "Cannot create a consistent method resolution\norder (MRO) for bases"
			for i, b := range bases {
				if i > 0 {
					msg += ","
				}
				msg += " " + b.Name
			}
			return nil, NewTypeError(msg)
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// NewType makes a built-in type for other packages (vm's generator, a
// module's classes); it inherits base's slots.
func NewType(name string, base *Type) *Type { return newBuiltinType(name, base) }
