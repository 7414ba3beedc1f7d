package py

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/bytepy/bytepy/interp/constant"
)

// Str is a str: UTF-8 text. Indexing is by code point; ascii strings
// (the common case) index bytes directly, others build a rune table once.
type Str struct {
	Object
	s string
	// meta is what the str has learnt about its text, in one word so
	// that the header is 40 bytes and a text of up to 8 bytes fits the
	// 48-byte size class with it: the kind in the top two bits (0
	// unknown, 1 ascii, 2 non-ascii, 3 strSurrogates), then a bit saying
	// the hash is known, then the hash.
	meta uint64
	// ext is, for a non-ascii str, its code point table (*[]rune), built
	// on first indexing; for an ascii str made by concatenation, the
	// *growBuf its text lives in (strbuild.go). One pointer for both keeps
	// the header small.
	ext unsafe.Pointer
}

const (
	metaKindShift = 62
	metaHashed    = 1 << 61
	metaHashMask  = metaHashed - 1
	// metaASCII is the meta of an ascii str whose hash is not known.
	metaASCII = 1 << metaKindShift
)

// kind is the str's kind (0 while unknown).
func (s *Str) kind() uint8 { return uint8(s.meta >> metaKindShift) }

// setKind records the str's kind.
func (s *Str) setKind(k uint8) {
	s.meta = s.meta&^(3<<metaKindShift) | uint64(k)<<metaKindShift
}

// hashKnown reports whether the hash is cached, and it.
func (s *Str) hashKnown() (int64, bool) {
	return int64(s.meta & metaHashMask), s.meta&metaHashed != 0
}

// StrType is `str`.
var StrType = &Type{Name: "str"}

// NewStr makes a str value.
func NewStr(s string) Value {
	switch len(s) {
	case 0:
		return emptyStr.V()
	case 1:
		if v := asciiChars[s[0]&0x7f]; s[0] < 0x80 && !v.IsNull() {
			return v
		}
	}
	if len(s) <= smallCopy && isASCIIText(s) {
		st, buf := newStrBuf(len(s), true)
		copy(buf, s)
		return st.done(buf, 1)
	}
	return valueOf(unsafe.Pointer(newStr(s)))
}

func newStr(s string) *Str {
	st := &Str{s: s}
	st.typ = StrType
	return st
}

var (
	internMu sync.Mutex
	// sized for the names start-up interns (a few hundred since
	// built-in types' dicts are built on first use), so the map is not
	// rehashed at every doubling on the way
	interned = func() map[string]*Str {
		m := make(map[string]*Str, 512)
		m[""] = emptyStr // one empty str, whichever way it is made
		return m
	}()
)

// Intern returns the one shared *Str for s, its hash precomputed (so
// shared strings are never written to after creation).
func Intern(s string) *Str {
	if st := internChar(s); st != nil {
		return st // strchars.go
	}
	internMu.Lock()
	defer internMu.Unlock()
	if st, ok := interned[s]; ok {
		return st
	}
	st := newStr(s)
	st.Hash()
	st.isASCII()
	interned[s] = st
	return st
}

// internCache is a lock-free snapshot of interned names, rebuilt (copy
// on write) as Intern adds names; hot paths read it without locking.
var internCache atomic.Pointer[map[string]*Str]

// internFast is Intern for hot paths (dunder lookups).
func internFast(s string) *Str {
	if m := internCache.Load(); m != nil {
		if st, ok := (*m)[s]; ok {
			return st
		}
	}
	st := Intern(s)
	internMu.Lock()
	n := make(map[string]*Str, len(interned))
	for k, v := range interned {
		n[k] = v
	}
	internMu.Unlock()
	internCache.Store(&n)
	return st
}

// InternV is Intern as a Value.
func InternV(s string) Value { return Intern(s).V() }

// V is the str as a value.
func (s *Str) V() Value { return valueOf(unsafe.Pointer(s)) }

// S is the Go string.
func (s *Str) S() string { return s.s }

// IsStr reports whether v is a str.
func IsStr(v Value) bool { return v.Type() == StrType || v.Type().boxKind == boxStr }

// AsStr returns the *Str of a str value.
func AsStr(v Value) *Str { return (*Str)(v.p) }

// StrOf returns the Go string of a str value (v must be a str).
func StrOf(v Value) string { return (*Str)(v.p).s }

// Hash is the str's hash (FNV-1a, 61 bits; CPython randomises str
// hashes, so no program can depend on the exact numbers).
func (s *Str) Hash() int64 {
	if s.meta&metaHashed != 0 {
		return int64(s.meta & metaHashMask)
	}
	return s.findHash()
}

// findHash computes and caches the hash (Hash's slow path). The empty str's
// hash is 0 in CPython whatever the seed, and so it is here.
func (s *Str) findHash() int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s.s); i++ {
		h ^= uint64(s.s[i])
		h *= 1099511628211
	}
	x := (h >> 1) & metaHashMask
	if len(s.s) == 0 {
		x = 0
	}
	s.meta = s.meta&^metaHashMask | metaHashed | x
	return int64(x)
}

// isASCII is small enough to inline: the kind is known for all but a
// str's first question.
func (s *Str) isASCII() bool {
	if k := s.meta >> metaKindShift; k != 0 {
		return k == 1
	}
	return s.findKind()
}

// findKind classifies a str's text once (isASCII's slow path).
func (s *Str) findKind() bool {
	if s.kind() == 0 {
		k := uint8(1)
		for i := 0; i < len(s.s); i++ {
			if s.s[i] >= 0x80 {
				k = 2
				if !utf8.ValidString(s.s) {
					k = strSurrogates
				}
				break
			}
		}
		s.setKind(k)
	}
	return s.kind() == 1
}

// Len is the number of code points.
func (s *Str) Len() int {
	if s.isASCII() {
		return len(s.s)
	}
	return len(s.runeTable())
}

// runeTable is the code points of a non-ascii str (callers check).
func (s *Str) runeTable() []rune {
	if s.ext == nil {
		var rs []rune
		if s.kind() == strSurrogates {
			rs = DecodeStr(s.s)
		} else {
			rs = []rune(s.s)
		}
		s.ext = unsafe.Pointer(&rs)
	}
	return *(*[]rune)(s.ext)
}

// charAt is the i'th code point as a str.
func (s *Str) charAt(i int) Value {
	if s.isASCII() {
		return asciiChars[s.s[i]]
	}
	return Chr(s.runeTable()[i])
}

// substr is code points [i, j).
func (s *Str) substr(i, j int) string {
	if s.isASCII() {
		return s.s[i:j]
	}
	return runesStr(s.runeTable()[i:j], s.kind())
}

// byteOffset converts a code point index to a byte offset.
func (s *Str) byteOffset(i int) int {
	if s.isASCII() {
		return i
	}
	return len(runesStr(s.runeTable()[:i], s.kind()))
}

// charIndex converts a byte offset to a code point index.
func (s *Str) charIndex(b int) int {
	if s.isASCII() {
		return b
	}
	if s.kind() == strSurrogates {
		return len(DecodeStr(s.s[:b]))
	}
	return utf8.RuneCountInString(s.s[:b])
}

var asciiChars [128]Value

func initStr() {
	t := StrType
	t.Repr = func(_ *Thread, v Value) (string, *Exception) { return constant.StrRepr(StrOf(v)), nil }
	t.Str = func(_ *Thread, v Value) (string, *Exception) { return StrOf(v), nil }
	t.Hash = func(_ *Thread, v Value) (int64, *Exception) { return AsStr(v).Hash(), nil }
	t.Len = func(_ *Thread, v Value) (int, *Exception) { return AsStr(v).Len(), nil }
	t.Bool = func(_ *Thread, v Value) (bool, *Exception) { return len(StrOf(v)) > 0, nil }
	t.Compare = func(_ *Thread, a, b Value, op int) (Value, *Exception) {
		if !b.Type().IsSubtype(StrType) {
			return NotImplemented, nil
		}
		return MakeBool(cmpResult(strings.Compare(StrOf(a), StrOf(b)), op)), nil
	}
	t.Binary[OpAdd] = func(_ *Thread, a, b Value) (Value, *Exception) {
		if !IsStr(a) {
			return NotImplemented, nil
		}
		if !IsStr(b) {
			return NotImplemented, nil
		}
		return StrConcat(AsStr(a), AsStr(b)), nil
	}
	t.Binary[OpMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		if !IsStr(a) {
			a, b = b, a
		}
		n, ok, err := repeatCount(t, b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		if n <= 0 {
			return NewStr(""), nil
		}
		if n == 1 && a.Type() == StrType {
			return a, nil // 3.7 returns an exact str repeated once unchanged
		}
		if int64(len(StrOf(a)))*int64(n) > 1<<34 {
			return Null, NewException(MemoryErrorType)
		}
		return NewStr(strings.Repeat(StrOf(a), n)), nil
	}
	t.Binary[OpMod] = func(t *Thread, a, b Value) (Value, *Exception) {
		if !IsStr(a) {
			return NotImplemented, nil
		}
		return PercentFormatV(t, StrOf(a), b)
	}
	t.Contains = func(_ *Thread, v, k Value) (bool, *Exception) {
		if !IsStr(k) {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(k))
		}
		return strings.Contains(StrOf(v), StrOf(k)), nil
	}
	t.GetItem = strGetItem
	t.Iter = func(_ *Thread, v Value) (Value, *Exception) {
		it := &SeqIter{seq: v}
		it.typ = StrIterType
		return valueOf(unsafe.Pointer(it)), nil
	}
	t.New = strNew
	initType(t, ObjectType)
	initChars() // strchars.go
	initStrMethods()
}

func strNew(t *Thread, typ *Type, args []Value, kw []string) (Value, *Exception) {
	if len(args) == 1 && len(kw) == 0 {
		// str(x), the common form, without parsing arguments
		switch {
		case args[0].Type() == StrType:
			return args[0], nil
		case args[0].IsInt():
			return IntStr(args[0]), nil
		}
		if r, ok := excStrArg(args[0]); ok {
			return r, nil
		}
		s, err := Str_(t, args[0])
		if err != nil {
			return Null, err
		}
		return NewStr(s), nil
	}
	a, err := ParseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0)
	if err != nil {
		return Null, err
	}
	if a[0].IsNull() {
		return NewStr(""), nil
	}
	if !a[1].IsNull() || !a[2].IsNull() {
		if b, ok := bytesOf(a[0]); ok {
			enc, errs := "utf-8", "strict"
			if !a[1].IsNull() && IsStr(a[1]) {
				enc = StrOf(a[1])
			}
			if !a[2].IsNull() && IsStr(a[2]) {
				errs = StrOf(a[2])
			}
			s, err := decodeBytes(b, enc, errs)
			if err != nil {
				return Null, err
			}
			return NewStr(s), nil
		}
		return Null, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(a[0]))
	}
	if a[0].IsInt() {
		return IntStr(a[0]), nil
	}
	s, err := Str_(t, a[0])
	if err != nil {
		return Null, err
	}
	return NewStr(s), nil
}

func strGetItem(t *Thread, v, k Value) (Value, *Exception) {
	s := AsStr(v)
	if k.IsInt() || k.IsBool() {
		i := k.Int()
		n := int64(s.Len())
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Null, Errorf(IndexErrorType, "string index out of range")
		}
		return s.charAt(int(i)), nil
	}
	if k.Type() == SliceType {
		start, stop, step, n, err := AsSlice(k).Indices(t, s.Len())
		if err != nil {
			return Null, err
		}
		if step == 1 {
			if n <= 0 {
				return emptyStr.V(), nil
			}
			if s.isASCII() {
				return s.sub(start, stop), nil
			}
			if n == s.Len() && s.typ == StrType {
				return v, nil
			}
			return NewStr(s.substr(start, stop)), nil
		}
		if n <= 0 {
			return emptyStr.V(), nil
		}
		if s.isASCII() {
			st, buf := newStrBuf(n, true)
			for i, j := 0, start; i < n; i, j = i+1, j+step {
				buf[i] = s.s[j]
			}
			return st.done(buf, 1), nil
		}
		rs := s.runeTable()
		b := make([]byte, 0, n*2)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b = appendStrRune(b, rs[j]) // lone surrogates stay as stored
		}
		return strFromBytes(b, 0), nil
	}
	if i, ok, err := indexOf(t, k); ok || err != nil {
		if err != nil {
			return Null, err
		}
		return strGetItem(t, v, MakeInt(i))
	}
	return Null, Errorf(TypeErrorType, "string indices must be integers")
}

func cmpResult(c int, op int) bool {
	switch op {
	case LT:
		return c < 0
	case LE:
		return c <= 0
	case EQ:
		return c == 0
	case NE:
		return c != 0
	case GT:
		return c > 0
	}
	return c >= 0
}
