package marshal

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
)

// Dump encodes v (a *code.Code, a constant.Value, or a List, Dict, Set or
// StopIteration of this package) in marshal format version 4.
//
// CPython marks an object with FLAG_REF when its reference count is above
// one, which no other implementation can know. Dump approximates it with the
// objects that are shared in practice: the code object being dumped,
// identifiers (names, and constant strings made of name characters, which
// CPython interns), strings and bytes of length 0 or 1, small ints, the empty
// tuple and the file name; later copies of these become references. For
// most code objects the bytes are CPython's; they always load back equal.
func Dump(v any) ([]byte, error) {
	w := &writer{refs: map[refKey]int{}, names: map[string]int{}, top: true}
	w.countNames(v)
	if err := w.object(v); err != nil {
		return nil, err
	}
	return w.buf, nil
}

// DumpPyc returns a 3.7 .pyc image of co in the timestamp form (PEP 552
// flags 0), whose header records the source file's mtime and size.
func DumpPyc(co *code.Code, mtime, size uint32) ([]byte, error) {
	body, err := Dump(co)
	if err != nil {
		return nil, err
	}
	out := make([]byte, PycHeaderSize, PycHeaderSize+len(body))
	copy(out, Magic37[:])
	binary.LittleEndian.PutUint32(out[8:], mtime)
	binary.LittleEndian.PutUint32(out[12:], size)
	return append(out, body...), nil
}

// refKey identifies a shareable object by type byte and value.
type refKey struct {
	kind byte
	val  string
}

type writer struct {
	buf   []byte
	refs  map[refKey]int
	nrefs int
	depth int
	names map[string]int // occurrences of each interned string
	top   bool           // the next type byte is the dumped object's own
}

// countNames counts the interned strings in v: a string that occurs twice
// is one shared object in CPython, so it carries FLAG_REF.
func (w *writer) countNames(v any) {
	switch v := v.(type) {
	case constant.Str:
		if isIdentifier(string(v)) {
			w.names[string(v)]++
		}
	case constant.Tuple:
		for _, x := range v {
			w.countNames(x)
		}
	case *code.Code:
		for _, x := range v.Consts {
			w.countNames(x)
		}
		for _, list := range [][]string{v.Names, v.VarNames, v.FreeVars, v.CellVars} {
			for _, n := range list {
				w.names[n]++
			}
		}
		w.names[v.Name]++
	}
}

// Names of code objects that CPython makes once and shares: the first two
// interned, the comprehension names not.
var (
	internedCodeNames = map[string]bool{"<module>": true, "<lambda>": true}
	sharedCodeNames   = map[string]bool{"<listcomp>": true, "<setcomp>": true, "<dictcomp>": true, "<genexpr>": true}

	// One-character strings are singletons in CPython; the start-up code
	// interns these two ("from m import *", module paths), so every use of
	// them is interned.
	internedChars = map[string]bool{"*": true, ".": true}
)

func (w *writer) byte(b byte) { w.buf = append(w.buf, b) }

func (w *writer) int32(n int) { w.buf = binary.LittleEndian.AppendUint32(w.buf, uint32(int32(n))) }

// shared writes a TYPE_REF for k if it was written before and returns
// true; otherwise it remembers k under the next reference number.
func (w *writer) shared(k refKey) bool {
	if i, ok := w.refs[k]; ok {
		w.byte(typeRef)
		w.int32(i)
		return true
	}
	w.refs[k] = w.nrefs
	w.nrefs++
	return false
}

// typ writes a type byte, with FLAG_REF when ref is set.
//
// The dumped object itself is always flagged: the caller holds a reference.
func (w *writer) typ(t byte, ref bool) {
	if w.top {
		w.top = false
		if !ref {
			ref = true
			w.nrefs++
		}
	}
	if ref {
		t |= flagRef
	}
	w.byte(t)
}

func (w *writer) object(v any) error {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxDepth {
		return fmt.Errorf("object too deeply nested to marshal")
	}
	switch v := v.(type) {
	case nil:
		w.byte(typeNull)
	case constant.NoneType:
		w.byte(typeNone)
	case constant.EllipsisType:
		w.byte(typeEllipsis)
	case StopIterationType:
		w.byte(typeStopIter)
	case constant.Bool:
		if v {
			w.byte(typeTrue)
		} else {
			w.byte(typeFalse)
		}
	case constant.Int:
		w.int(v.V)
	case constant.Float:
		w.typ(typeBinaryFloat, false)
		w.float(float64(v))
	case constant.Complex:
		w.typ(typeBinaryComplex, false)
		w.float(real(v))
		w.float(imag(v))
	case constant.Str:
		s := string(v)
		w.str(s, isIdentifier(s) || internedCodeNames[s] || internedChars[s], sharedCodeNames[s])
	case constant.Bytes:
		ref := len(v) <= 1
		if ref && w.shared(refKey{typeString, string(v)}) {
			return nil
		}
		w.typ(typeString, ref)
		w.int32(len(v))
		w.buf = append(w.buf, v...)
	case constant.Tuple:
		return w.tuple([]constant.Value(v), nil)
	case constant.FrozenSet:
		w.typ(typeFrozenSet, false)
		return w.items([]constant.Value(v))
	case *List:
		w.typ(typeList, false)
		return w.items(v.Items)
	case *Set:
		w.typ(typeSet, false)
		return w.items(v.Items)
	case *Dict:
		w.typ(typeDict, false)
		for i, k := range v.Keys {
			if err := w.object(k); err != nil {
				return err
			}
			if err := w.object(v.Values[i]); err != nil {
				return err
			}
		}
		w.byte(typeNull)
	case *code.Code:
		return w.code(v)
	default:
		return fmt.Errorf("unmarshallable object of type %T", v)
	}
	return nil
}

func (w *writer) items(vs []constant.Value) error {
	w.int32(len(vs))
	for _, x := range vs {
		if err := w.object(x); err != nil {
			return err
		}
	}
	return nil
}

// tuple writes a tuple of values, or of names when names is not nil.
func (w *writer) tuple(vs []constant.Value, names []string) error {
	n := len(vs)
	if names != nil {
		n = len(names)
	}
	if n == 0 {
		if w.shared(refKey{typeTuple, ""}) {
			return nil
		}
		w.typ(typeSmallTuple, true)
		w.byte(0)
		return nil
	}
	if n < 256 {
		w.typ(typeSmallTuple, false)
		w.byte(byte(n))
	} else {
		w.typ(typeTuple, false)
		w.int32(n)
	}
	if names != nil {
		for _, s := range names {
			w.str(s, true, false)
		}
		return nil
	}
	for _, x := range vs {
		if err := w.object(x); err != nil {
			return err
		}
	}
	return nil
}

// int writes TYPE_INT when the value fits in 32 bits, else TYPE_LONG.
func (w *writer) int(v *big.Int) {
	if v.IsInt64() && v.Int64() >= math.MinInt32 && v.Int64() <= math.MaxInt32 {
		n := v.Int64()
		ref := n >= -5 && n <= 256 // CPython's cached small ints
		if ref && w.shared(refKey{typeInt, fmt.Sprint(n)}) {
			return
		}
		w.typ(typeInt, ref)
		w.int32(int(n))
		return
	}
	w.typ(typeLong, false)
	a := new(big.Int).Abs(v)
	var digits []uint16
	mask := big.NewInt(0x7fff)
	d := new(big.Int)
	for a.Sign() > 0 {
		digits = append(digits, uint16(d.And(a, mask).Uint64()))
		a.Rsh(a, 15)
	}
	n := len(digits)
	if v.Sign() < 0 {
		n = -n
	}
	w.int32(n)
	for _, d := range digits {
		w.buf = binary.LittleEndian.AppendUint16(w.buf, d)
	}
}

func (w *writer) float(f float64) {
	w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(f))
}

// str writes a str in the smallest form: short ASCII, ASCII or UTF-8
// (surrogates pass through as their raw bytes). interned selects the
// *_INTERNED types; shared forces a FLAG_REF.
func (w *writer) str(s string, interned, shared bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	ref := shared || len(s) == 0 || (len(s) == 1 && ascii) || isLatin1Char(s) ||
		interned && (w.names[s] > 1 || builtinNames[s] || internedCodeNames[s])
	if ref && w.shared(refKey{typeUnicode, s}) {
		return
	}
	switch {
	case ascii && len(s) < 256:
		t := byte(typeShortASCII)
		if interned {
			t = typeShortASCIIInterned
		}
		w.typ(t, ref)
		w.byte(byte(len(s)))
	case ascii:
		t := byte(typeASCII)
		if interned {
			t = typeASCIIInterned
		}
		w.typ(t, ref)
		w.int32(len(s))
	default:
		t := byte(typeUnicode)
		if interned {
			t = typeInterned
		}
		w.typ(t, ref)
		w.int32(len(s))
	}
	w.buf = append(w.buf, s...)
}

// isLatin1Char reports a one-character string below U+0100, which CPython
// keeps as a shared singleton.
func isLatin1Char(s string) bool {
	return len(s) == 2 && (s[0] == 0xc2 || s[0] == 0xc3) && s[1]&0xc0 == 0x80
}

// isIdentifier is codeobject.c's all_name_chars: the constant strings that
// PyCode_New interns.
func isIdentifier(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func (w *writer) code(co *code.Code) error {
	w.typ(typeCode, false)
	for _, n := range []int{co.ArgCount, co.KwOnlyArgCount, co.NLocals, co.StackSize, co.Flags} {
		w.int32(n)
	}
	w.byte(typeString)
	w.int32(len(co.Code))
	w.buf = append(w.buf, co.Code...)
	if err := w.tuple(co.Consts, nil); err != nil {
		return err
	}
	for _, names := range [][]string{co.Names, co.VarNames, co.FreeVars, co.CellVars} {
		if names == nil {
			names = []string{}
		}
		if err := w.tuple(nil, names); err != nil {
			return err
		}
	}
	w.str(co.Filename, false, true)
	w.str(co.Name, !sharedCodeNames[co.Name], sharedCodeNames[co.Name])
	w.int32(co.FirstLineNo)
	return w.object(constant.Bytes(co.Lnotab))
}
