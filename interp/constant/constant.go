// Package constant holds the values that can appear as literals in Python
// source and in a code object's co_consts: None, Ellipsis, bool, int, float,
// complex, str, bytes, tuple, frozenset (and code objects, which package code
// adds by implementing Value).
//
// The parser builds them, the AST optimiser folds them, the compiler
// de-duplicates them into co_consts, dis prints them with Repr, and the VM
// converts each one into a runtime object once, when a code object is first
// run. Keeping them apart from the runtime object model lets the front end
// stand alone (bytepy dis, bytepy ast) and keeps folding free of the VM.
//
// Repr follows CPython 3.7's repr() exactly, because dis prints it.
package constant

import (
	"math/big"
	"strings"
)

// A Value is a constant. Repr is CPython 3.7's repr() of the value.
type Value interface {
	Repr() string
}

// NoneType is the type of None.
type NoneType struct{}

// EllipsisType is the type of Ellipsis (...).
type EllipsisType struct{}

// The two singletons.
var (
	None     = NoneType{}
	Ellipsis = EllipsisType{}
)

// Bool is True or False.
type Bool bool

// Int is a Python int of any size. V is never mutated once built.
type Int struct{ V *big.Int }

// Float is a Python float.
type Float float64

// Complex is a Python complex.
type Complex complex128

// Str is a Python str, held as UTF-8.
type Str string

// Bytes is a Python bytes object; the Go string holds raw bytes.
type Bytes string

// Tuple is a Python tuple of constants.
type Tuple []Value

// FrozenSet is a Python frozenset of constants, its elements in the order
// CPython's hash table would iterate them (the compiler builds it so).
type FrozenSet []Value

// NewInt returns the Int for a Go int64.
func NewInt(i int64) Int { return Int{big.NewInt(i)} }

func (NoneType) Repr() string     { return "None" }
func (EllipsisType) Repr() string { return "Ellipsis" }

func (b Bool) Repr() string {
	if b {
		return "True"
	}
	return "False"
}

func (i Int) Repr() string     { return i.V.String() }
func (f Float) Repr() string   { return FloatRepr(float64(f)) }
func (c Complex) Repr() string { return ComplexRepr(complex128(c)) }
func (s Str) Repr() string     { return StrRepr(string(s)) }
func (b Bytes) Repr() string   { return BytesRepr(string(b)) }

func (t Tuple) Repr() string {
	switch len(t) {
	case 0:
		return "()"
	case 1:
		return "(" + t[0].Repr() + ",)"
	}
	var sb strings.Builder
	sb.WriteByte('(')
	for i, v := range t {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(v.Repr())
	}
	sb.WriteByte(')')
	return sb.String()
}

func (s FrozenSet) Repr() string {
	if len(s) == 0 {
		return "frozenset()"
	}
	var sb strings.Builder
	sb.WriteString("frozenset({")
	for i, v := range s {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(v.Repr())
	}
	sb.WriteString("})")
	return sb.String()
}
