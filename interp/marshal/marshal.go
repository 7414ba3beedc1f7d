// Package marshal reads and writes CPython 3.7's marshal format (version 4,
// Python/marshal.c): the serialisation of code objects and their constants
// used by .pyc files and the marshal module.
//
// A marshalled value is a type byte followed by its payload; little-endian
// 32-bit counts and lengths, ints of up to 32 bits inline and larger ones as
// 15-bit digits, floats as IEEE doubles. The type byte's high bit (FLAG_REF)
// asks the reader to remember the object, and a later TYPE_REF ('r') names it
// by its position in that list; this is how CPython shares interned names
// between the tuples of a code object. Containers and code objects take their
// list position before their contents are read, so references count in the
// order the objects were begun.
//
// Constants come back as package constant values and code objects as
// *code.Code. The types that can be marshalled but are not constants (list,
// dict, set, StopIteration) come back as this package's List, Dict, Set and
// StopIteration, which also implement constant.Value so that they can sit in
// a tuple.
package marshal

import (
	"strings"

	"github.com/bytepy/bytepy/interp/constant"
)

// Version is the marshal format version this package writes.
const Version = 4

// Type bytes (marshal.c).
const (
	typeNull               = '0'
	typeNone               = 'N'
	typeFalse              = 'F'
	typeTrue               = 'T'
	typeStopIter           = 'S'
	typeEllipsis           = '.'
	typeInt                = 'i'
	typeInt64              = 'I' // only ever read: written by marshal before 3.4
	typeFloat              = 'f'
	typeBinaryFloat        = 'g'
	typeComplex            = 'x'
	typeBinaryComplex      = 'y'
	typeLong               = 'l'
	typeString             = 's'
	typeInterned           = 't'
	typeRef                = 'r'
	typeTuple              = '('
	typeList               = '['
	typeDict               = '{'
	typeCode               = 'c'
	typeUnicode            = 'u'
	typeUnknown            = '?'
	typeSet                = '<'
	typeFrozenSet          = '>'
	typeASCII              = 'a'
	typeASCIIInterned      = 'A'
	typeSmallTuple         = ')'
	typeShortASCII         = 'z'
	typeShortASCIIInterned = 'Z'

	flagRef = 0x80
)

// List is a marshalled Python list.
type List struct{ Items []constant.Value }

// Dict is a marshalled Python dict, its items in marshal order.
type Dict struct{ Keys, Values []constant.Value }

// Set is a marshalled Python set (a mutable one; frozensets are
// constant.FrozenSet).
type Set struct{ Items []constant.Value }

// StopIterationType is the type of StopIteration, the exception class that
// marshal can carry as a value.
type StopIterationType struct{}

// StopIteration is the value loaded for TYPE_STOPITER.
var StopIteration = StopIterationType{}

func (l *List) Repr() string { return "[" + joinReprs(l.Items) + "]" }

func (s *Set) Repr() string {
	if len(s.Items) == 0 {
		return "set()"
	}
	return "{" + joinReprs(s.Items) + "}"
}

func (d *Dict) Repr() string {
	var b strings.Builder
	b.WriteByte('{')
	for i, k := range d.Keys {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(k.Repr())
		b.WriteString(": ")
		b.WriteString(d.Values[i].Repr())
	}
	b.WriteByte('}')
	return b.String()
}

func (StopIterationType) Repr() string { return "<class 'StopIteration'>" }

func joinReprs(vs []constant.Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = v.Repr()
	}
	return strings.Join(parts, ", ")
}
