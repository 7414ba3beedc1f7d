package py

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unsafe"
)

// Fresh strs in method chains. In `"-".join(p).replace("a", "4")` or
// `(" " + t + " ").strip().lower()[::-1]` every intermediate str is made
// by one operation and consumed by the next straight from the value
// stack: no name, container or cache ever holds it. CPython's reference
// counts let its later steps see that (a count of one), which this VM
// cannot; instead the VM proves the flow from the bytecode and the
// producing operation vouches that it made the str itself
// (vm/strchain_fresh.go). A consumer given such a "fresh" str may then
// write its result over it: a case mapping, a same-length replace, a
// strip or a reversal needs no new allocation.
//
// Only a str whose bytes are its own may be written: an exact ascii str
// from newStrBuf (header and text one block, no growBuf in ext), at
// least two bytes long, since shorter results are the shared empty and
// one-character strs. Every in-place result stays such a block, with its
// text at the block's start, and drops any cached hash.

// Kinds of the str methods a chain step handles (strChainFns' order).
const (
	chainNone = iota
	chainJoin
	chainReplace
	chainStrip
	chainLStrip
	chainRStrip
	chainLower
	chainUpper
)

// strChainFns holds the builtin str methods by kind (their pointers):
// builtin types' dicts cannot change, so LOAD_METHOD on an exact str
// pushes exactly these. It has a slot for every 4-bit kind, and those
// of no method (chainNone among them) hold an address no value has, so
// that one indexed compare checks both kind and method.
var strChainFns [16]unsafe.Pointer

// noChainFn is the address in strChainFns' slots of no method.
var noChainFn byte

func init() {
	for k := range strChainFns {
		strChainFns[k] = unsafe.Pointer(&noChainFn)
	}
	StrType.OnBuilt(func(d *Dict) {
		for k, name := range [...]string{chainJoin: "join", chainReplace: "replace", chainStrip: "strip",
			chainLStrip: "lstrip", chainRStrip: "rstrip", chainLower: "lower", chainUpper: "upper"} {
			if v, ok := d.GetStr(name); ok && k != chainNone {
				strChainFns[k] = v.p
			}
		}
	})
}

// StrChainKind is the kind of the str method named name, 0 for none;
// the VM keeps it in the chain instruction (StrChainCall's kind).
func StrChainKind(name string) int {
	for k, n := range [...]string{"", "join", "replace", "strip", "lstrip", "rstrip", "lower", "upper"} {
		if n == name && k != chainNone {
			return k
		}
	}
	return chainNone
}

// ownsText reports whether s is an exact ascii str of two or more bytes
// whose text is its own block's tail (newStrBuf's ascii form).
func ownsText(s *Str) bool {
	return s.typ == StrType && s.meta>>metaKindShift == 1 && s.ext == nil && len(s.s) >= 2 &&
		unsafe.Pointer(unsafe.StringData(s.s)) == unsafe.Add(unsafe.Pointer(s), strHdr)
}

// text is s's bytes, writable when ownsText(s).
func (s *Str) text() []byte { return unsafe.Slice(unsafe.StringData(s.s), len(s.s)) }

// setLen shortens s to n bytes (its text pointer unchanged): the length
// word only, as a typed store of the string would run the write barrier.
func (s *Str) setLen(n int) {
	*(*int)(unsafe.Add(unsafe.Pointer(&s.s), unsafe.Sizeof(uintptr(0)))) = n
}

// IsStrChainFn reports whether m is the builtin str method of chain kind
// k (the method the chain instruction's name said).
func IsStrChainFn(k int, m Value) bool {
	return strChainFns[k&15] == m.p
}

// StrChainCall makes the call in c, CALL_METHOD's slots (the method,
// self, then argc arguments; slots past those are not read), when the
// method is the builtin str method of chain kind k and self an exact
// str, in its common forms: written over self when the VM proved self
// fresh (selfFresh; see above), else as the method's front answers. It
// runs no Python code and raises nothing; r is Null when the general
// method must run (nothing ran). fresh says the result is one the call
// made, for when the caller's proof extends to it (it is consumed by
// the next step). Each kind says so itself, as it knows which of its
// paths allocate.
func StrChainCall(k, argc int, c *[4]Value, selfFresh bool) (r Value, fresh bool) {
	if strChainFns[k&15] != c[0].p || c[1].Type() != StrType {
		return Null, false
	}
	s := AsStr(c[1])
	switch k {
	case chainJoin:
		if argc == 1 {
			return strJoinFresh(s, c[2])
		}
	case chainReplace:
		if argc != 2 || c[2].Type() != StrType || c[3].Type() != StrType {
			break
		}
		old, nw := AsStr(c[2]), AsStr(c[3])
		if len(old.s) == 0 {
			break
		}
		if selfFresh && len(old.s) == len(nw.s) && ownsText(s) && nw.isASCII() {
			if len(old.s) == 1 {
				// from the first match: none is the common case
				if i := strings.IndexByte(s.s, old.s[0]); i >= 0 {
					swapBytes(s.text()[i:], old.s[0], nw.s[0])
				}
				s.meta = metaASCII // the text changed: no cached hash
			} else {
				replaceInPlace(s, old.s, nw.s)
			}
			return c[1], true
		}
		r = strReplace(s, old, nw, -1)
		// (one whole match can make new the result)
		return r, r.p != c[1].p && r.p != c[3].p && ownsText(AsStr(r))
	case chainLower, chainUpper:
		if argc != 0 || s.meta>>metaKindShift != 1 {
			break
		}
		if selfFresh && ownsText(s) {
			caseASCII(s.text(), s.s, k == chainUpper) // a word read before it is written
			s.meta = metaASCII                        // the text changed: no cached hash
			return c[1], true
		}
		r = asciiCase(s, k == chainUpper)
		return r, ownsText(AsStr(r))
	case chainStrip, chainLStrip, chainRStrip:
		if argc != 0 || s.meta>>metaKindShift != 1 {
			break
		}
		t := s.s
		i, j := 0, len(t)
		if k != chainRStrip {
			for i < len(t) && asciiClass[t[i]]&clSpace != 0 {
				i++
			}
		}
		if k != chainLStrip {
			for j > i && asciiClass[t[j-1]]&clSpace != 0 {
				j--
			}
		}
		if selfFresh && j-i >= 2 && ownsText(s) {
			// (shorter results are the shared empty and one-character strs)
			if i > 0 {
				// (copyShort loads before it stores: the overlap is safe)
				p := unsafe.Pointer(unsafe.StringData(s.s))
				copyShort(p, unsafe.Add(p, i), j-i)
			}
			s.setLen(j - i)
			s.meta = metaASCII
			return c[1], true
		}
		r = s.sub(i, j)
		return r, r.p != c[1].p && ownsText(AsStr(r))
	}
	return Null, false
}

// FreshResult says whether r, the result of the general method of chain
// kind k on a, is a str that call made (StrChainCall's fresh).
func FreshResult(r Value, k int, a []Value) bool {
	if r.Type() != StrType || r.p == a[0].p || !ownsText(AsStr(r)) {
		return false
	}
	for _, x := range a[1:] {
		if r.p == x.p {
			return false
		}
	}
	if k == chainJoin {
		// one item is returned itself; two or more are always copied
		switch x := a[1]; x.Type() {
		case ListType:
			return len(AsList(x).items) >= 2
		case TupleType:
			return len(AsTuple(x)) >= 2
		default:
			return false
		}
	}
	return true
}

// replaceInPlace writes s.replace(old, nw) over s (ownsText(s); old
// longer than one byte, nw ascii and as long).
func replaceInPlace(s *Str, old, nw string) {
	// matches are found left to right in what is not yet replaced, as
	// strings.Replace finds them
	b := s.text()
	for i := 0; i+len(old) <= len(b); {
		j := indexFrom(s.s, old, i)
		if j < 0 {
			break
		}
		copy(b[j:], nw)
		i = j + len(old)
	}
	s.meta = metaASCII // the text changed: no cached hash
}

// indexFrom is the first index of sub in s at or after i, or -1.
func indexFrom(s, sub string, i int) int {
	for ; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// ConcatFresh says whether r, a + b (+ c when c is not Null) of exact
// strs, is a str that concatenation made (see above). Small enough to
// inline into the VM's step, which calls StrConcat or StrConcat3 itself.
func ConcatFresh(r, a, b, c Value) bool {
	return r.p != a.p && r.p != b.p && r.p != c.p && ownsText(AsStr(r))
}

// StrReverseFresh writes v[::-1] over v, a fresh str (see above); false
// when v is not one this may write (nothing changed).
func StrReverseFresh(v Value) bool {
	s := AsStr(v)
	if !ownsText(s) {
		return false
	}
	// up to 16 bytes as two words, one from each end, both loaded
	// before either is stored (they overlap below twice their size)
	b := s.text()
	switch n := len(b); {
	case n >= 4 && n <= 8:
		x, y := binary.LittleEndian.Uint32(b), binary.LittleEndian.Uint32(b[n-4:])
		binary.LittleEndian.PutUint32(b, bits.ReverseBytes32(y))
		binary.LittleEndian.PutUint32(b[n-4:], bits.ReverseBytes32(x))
	case n > 8 && n <= 16:
		x, y := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[n-8:])
		binary.LittleEndian.PutUint64(b, bits.ReverseBytes64(y))
		binary.LittleEndian.PutUint64(b[n-8:], bits.ReverseBytes64(x))
	default:
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	s.meta = metaASCII
	return true
}
