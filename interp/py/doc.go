// Package py is bytepy's object model: the Value type every part of the VM
// passes around, the built-in types (int, float, str, list, dict, set, ...),
// user classes, and the abstract operations (Add, Compare, GetAttr, Call,
// Iter, ...) that the eval loop and the builtins are written in.
//
// # Values
//
// A Value is two machine words: p points at an object whose first word is
// its *Type, and n is a payload. Heap objects (str, list, big ints, ...)
// are Go structs that begin with an Object header; their Value has p = the
// struct and n = 0. The kinds that dominate numeric loops — int that fits
// in int64, float, bool, None — are carried inline: p points at a static
// per-kind sentinel header and n holds the int64, the float64 bits or the
// bool. So:
//
//   - nothing on the small-int and float paths allocates: `acc += i` is
//     two pointer compares, an overflow check and an add;
//   - the type of any value is one load, *(**Type)(p), with no special case;
//   - p always points at real memory, so the garbage collector sees only
//     valid pointers (an interface or a tagged uintptr would either
//     allocate or hide pointers from it);
//   - identity (`is`) is plain struct equality.
//
// An int is small (inline) exactly when it fits in int64; a big int that
// fits is always normalised back, so "small" is a canonical form and the
// fast paths never need to look at a *big.Int. A big result of the
// arithmetic operators is one allocation: the int, its big.Int and its
// digits, sized by the operation (bigbox.go); division and remainder by
// a small int use a precomputed reciprocal per digit (bigfast.go).
// When the VM has proved that a local holds the only reference to its
// big int (vm/bigown.go), IntOwnOp writes `x = x op y`'s result over the
// old value's digits instead (bigown.go).
//
// A list grows by doubling, and a comprehension's list is sized ahead
// from what its loops' list, tuple or range iterators have left
// (listgrow.go).
//
// The zero Value (p == nil) is NULL: an empty local slot, a missing
// result. It never reaches Python code.
//
// # Strs
//
// A str is UTF-8 text (lone surrogates as in wtf8.go) with a cached hash
// and a kind: ascii, non-ascii (which builds a code point table on first
// indexing) or not yet known. Ascii strs index, slice and case-map by
// bytes. New strs made by concatenation, f-strings, join, formatting and
// case mapping are written once into a buffer sized in advance
// (strbuild.go): an ascii one is a single pointer-free block holding the
// header and its bytes, which Go allocates and collects far more cheaply
// than a header with pointers, and which is not cleared first, as every
// byte is written (rawalloc.go). The header is 40 bytes (the kind and
// hash share a word), so a text of up to 8 bytes takes Go's 48-byte size
// class with it. A long ascii concatenation gets spare room
// that the next `s += t` can append into without copying s; a case
// mapping, same-length replace, strip or reversal of a str that the VM
// vouches only its value stack holds is written over it (strchain.go). Sorting
// checks the key kinds once and then compares ints, strs, floats and
// tuples directly (sort.go).
//
// # Subclasses of immutable built-ins
//
// An instance of `class P(tuple)` or `class I(int)` is a heap object of
// its own carrying the class and a __dict__ (subclass.go): str, tuple and
// bytes subclasses begin with the base's struct, so StrOf and AsTuple
// read them directly; int, float and complex ones box the plain value.
// Built-in slots and methods always receive the plain value (Unbox), so
// arithmetic on them returns the base type, as in CPython.
//
// # Errors
//
// Operations return (Value, *Exception). A Python exception is a Go value
// of type *Exception (whose Type may be a user subclass); nil means
// success. Nothing here panics on a Python-level error.
//
// # Calling back into Python
//
// Operations that must run Python code (a user __eq__ inside a dict
// lookup, a key function inside sort) call Call, which dispatches to the
// VM through the hook CallFunction, set by package vm. The *Thread passed
// everywhere carries the per-thread state (recursion depth, the exception
// being handled, output streams) and is owned by the VM.
//
// # Dicts
//
// Dict is CPython 3.6+'s compact dict (dict.go): entries in insertion
// order and an open-addressed index of entry numbers, probed and grown as
// 3.7 does (GROWTH_RATE: the smallest power of two above three times the
// live items). Each thread remembers its last lookup of a pure key (an
// int, str, None, bool or tuple of those) that ran no __eq__, so the
// second and third lookups of `if k in d: d[k] += 1` take the entry from
// there while the dict's Version is unchanged (dictmemo.go). A dict also
// keeps a 32-bit filter of its keys' hashes (dictbloom.go), so that a str
// lookup that misses, as a method call's check that the instance dict
// does not shadow the method, usually ends without probing.
package py
