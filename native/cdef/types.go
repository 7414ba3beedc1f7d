package cdef

import (
	"strings"
	"sync"
)

// Kind classifies a declared type by how generated code treats it.
type Kind int

const (
	Object Kind = iota // a Python object: object, list, dict, tuple, str or no declaration
	Int                // a C integer type
	Float              // float or double
	Bint               // Cython's C boolean
	Void               // no value (a def function that returns nothing)
)

// Type is one C type of the subset. Rank orders the integer types as C's
// usual arithmetic conversions do; ArrayLen is > 0 for fixed C arrays, whose
// element type is the rest of the struct.
type Type struct {
	Kind     Kind
	Name     string // Cython spelling: "int", "unsigned long", "double", "list", ...
	C        string // C spelling of the element type
	Rank     int    // integers: char 1, short 2, int 3, long 4, long long 5
	Unsigned bool
	Bits     int
	ArrayLen int
}

// Elem returns the element type of an array type.
func (t *Type) Elem() *Type {
	e := *t
	e.ArrayLen = 0
	return &e
}

// IsArray reports whether t is a fixed C array.
func (t *Type) IsArray() bool { return t != nil && t.ArrayLen > 0 }

// IsC reports whether t is a C scalar (not an object, array or void).
func (t *Type) IsC() bool {
	return t != nil && t.ArrayLen == 0 && (t.Kind == Int || t.Kind == Float || t.Kind == Bint)
}

func intType(name, c string, rank, bits int, unsigned bool) *Type {
	return &Type{Kind: Int, Name: name, C: c, Rank: rank, Bits: bits, Unsigned: unsigned}
}

// Named types; the pointers are shared so that == compares them.
var (
	TChar      = intType("char", "signed char", 1, 8, false)
	TShort     = intType("short", "short", 2, 16, false)
	TInt       = intType("int", "int", 3, 32, false)
	TLong      = intType("long", "long", 4, 64, false)
	TLongLong  = intType("long long", "long long", 5, 64, false)
	TUChar     = intType("unsigned char", "unsigned char", 1, 8, true)
	TUShort    = intType("unsigned short", "unsigned short", 2, 16, true)
	TUInt      = intType("unsigned int", "unsigned int", 3, 32, true)
	TULong     = intType("unsigned long", "unsigned long", 4, 64, true)
	TULongLong = intType("unsigned long long", "unsigned long long", 5, 64, true)
	TSsize     = intType("Py_ssize_t", "Py_ssize_t", 4, 64, false)
	TSize      = intType("size_t", "size_t", 4, 64, true)
	TFloat     = &Type{Kind: Float, Name: "float", C: "float", Bits: 32}
	TDouble    = &Type{Kind: Float, Name: "double", C: "double", Bits: 64}
	TBint      = &Type{Kind: Bint, Name: "bint", C: "int", Bits: 32}
	TObject    = &Type{Kind: Object, Name: "object"}
	TVoid      = &Type{Kind: Void, Name: "void", C: "void"}
)

// namedTypes and typeWords are made on first use (sync.OnceValue): only
// %%native reads them, and every `bytepy run` would build them at start-up.
var namedTypes = sync.OnceValue(func() map[string]*Type {
	return map[string]*Type{
		"char": TChar, "short": TShort, "int": TInt, "long": TLong, "long long": TLongLong,
		"signed char": TChar, "signed short": TShort, "signed int": TInt, "signed long": TLong, "signed long long": TLongLong,
		"short int": TShort, "long int": TLong, "long long int": TLongLong,
		"unsigned char": TUChar, "unsigned short": TUShort, "unsigned int": TUInt, "unsigned": TUInt,
		"unsigned long": TULong, "unsigned long long": TULongLong,
		"Py_ssize_t": TSsize, "size_t": TSize,
		"float": TFloat, "double": TDouble, "bint": TBint,
		"object": TObject,
		"list":   {Kind: Object, Name: "list"},
		"dict":   {Kind: Object, Name: "dict"},
		"tuple":  {Kind: Object, Name: "tuple"},
		"str":    {Kind: Object, Name: "str"},
	}
})

// typeWords are the words that may begin or continue a type.
var typeWords = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"char": true, "short": true, "int": true, "long": true, "signed": true, "unsigned": true,
		"Py_ssize_t": true, "size_t": true, "float": true, "double": true, "bint": true,
		"object": true, "list": true, "dict": true, "tuple": true, "str": true,
	}
})

// lookupType returns the type named by the words, or nil.
func lookupType(words []string) *Type {
	return namedTypes()[strings.Join(words, " ")]
}

// ArrayOf returns the array type of n elements of t.
func ArrayOf(t *Type, n int) *Type {
	a := *t
	a.ArrayLen = n
	return &a
}
