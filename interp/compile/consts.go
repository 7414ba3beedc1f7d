package compile

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/constant"
)

// constKey is _PyCode_ConstantKey: two constants share a slot in
// co_consts exactly when CPython 3.7's key tuples compare equal. The type is
// part of the key (1, 1.0 and True differ), signed zeros are kept apart
// (float keys are the bits), and tuples and frozensets compare element
// keys. The common kinds get a key without building a string.
type constKey struct {
	tag byte
	n   int64
	s   string
}

func (k *keyer) constKey(v constant.Value) constKey {
	switch v := v.(type) {
	case constant.Str:
		return constKey{tag: 's', s: string(v)}
	case constant.NoneType:
		return constKey{tag: 'N'}
	case constant.Bool:
		if v {
			return constKey{tag: 'T'}
		}
		return constKey{tag: 'F'}
	case constant.Int:
		if v.V.IsInt64() {
			return constKey{tag: 'i', n: v.V.Int64()}
		}
	case constant.Float:
		if !math.IsNaN(float64(v)) {
			return constKey{tag: 'f', n: int64(math.Float64bits(float64(v)))}
		}
	case *code.Code:
		return constKey{tag: 'C', s: k.codeKey(v)}
	}
	var b strings.Builder
	k.writeConstKey(&b, v)
	return constKey{tag: '*', s: b.String()}
}

// keyer computes constant keys. Code objects are keyed by value too, but
// each distinct one is given a short id once, and full keys are only built
// when two code objects could be equal (same name, line, flags and size),
// so keying a module that holds many functions stays cheap.
type keyer struct {
	short map[*code.Code]string
	full  map[*code.Code]string
	peers map[string][]*code.Code // cheap key -> code objects with ids
	n     int
	nans  int
}

func (k *keyer) writeConstKey(b *strings.Builder, v constant.Value) {
	switch v := v.(type) {
	case constant.NoneType:
		b.WriteString("N")
	case constant.EllipsisType:
		b.WriteString("E")
	case constant.Bool:
		if v {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case constant.Int:
		b.WriteString("i")
		if v.V.IsInt64() {
			b.WriteString(strconv.FormatInt(v.V.Int64(), 10))
		} else {
			b.WriteString(v.V.String())
		}
		b.WriteByte(';')
	case constant.Float:
		b.WriteString("f")
		k.writeFloatKey(b, float64(v))
	case constant.Complex:
		b.WriteString("c")
		k.writeFloatKey(b, real(complex128(v)))
		k.writeFloatKey(b, imag(complex128(v)))
	case constant.Str:
		writeSized(b, 's', string(v))
	case constant.Bytes:
		writeSized(b, 'b', string(v))
	case constant.Tuple:
		b.WriteString("(")
		for _, e := range v {
			k.writeConstKey(b, e)
		}
		b.WriteString(")")
	case constant.FrozenSet:
		keys := make([]string, len(v))
		for i, e := range v {
			var eb strings.Builder
			k.writeConstKey(&eb, e)
			keys[i] = eb.String()
		}
		sort.Strings(keys)
		b.WriteString("{")
		for _, k := range keys {
			b.WriteString(k)
		}
		b.WriteString("}")
	case *code.Code:
		b.WriteString(k.codeKey(v))
	default:
		b.WriteString("?")
		b.WriteString(v.Repr())
	}
}

// writeFloatKey keys a float by value, except that -0.0 differs from 0.0
// and a NaN equals nothing: each NaN constant is its own object, and NaN !=
// NaN, so CPython never merges them (or any tuple holding one).
func (k *keyer) writeFloatKey(b *strings.Builder, f float64) {
	if math.IsNaN(f) {
		k.nans++
		b.WriteString("nan#" + strconv.Itoa(k.nans) + ";")
		return
	}
	if f == 0 {
		if math.Signbit(f) {
			b.WriteString("-0;")
		} else {
			b.WriteString("0;")
		}
		return
	}
	b.WriteString(strconv.FormatUint(math.Float64bits(f), 16))
	b.WriteByte(';')
}

func writeSized(b *strings.Builder, tag byte, s string) {
	b.WriteByte(tag)
	b.WriteString(strconv.Itoa(len(s)))
	b.WriteByte(':')
	b.WriteString(s)
}

// codeKey keys a code object by the fields code_richcompare compares: two
// identical lambdas on one line share a constant in CPython.
func (k *keyer) codeKey(c *code.Code) string {
	if s, ok := k.short[c]; ok {
		return s
	}
	if k.short == nil {
		k.short = map[*code.Code]string{}
		k.full = map[*code.Code]string{}
		k.peers = map[string][]*code.Code{}
	}
	cheap := c.Name + "\x00" + strconv.Itoa(c.FirstLineNo) + "," + strconv.Itoa(c.Flags) + "," +
		strconv.Itoa(len(c.Code))
	for _, p := range k.peers[cheap] {
		if k.fullKey(p) == k.fullKey(c) {
			k.short[c] = k.short[p]
			return k.short[p]
		}
	}
	s := "C#" + strconv.Itoa(k.n) + ";"
	k.n++
	k.short[c] = s
	k.peers[cheap] = append(k.peers[cheap], c)
	return s
}

func (k *keyer) fullKey(c *code.Code) string {
	if s, ok := k.full[c]; ok {
		return s
	}
	var b strings.Builder
	k.writeCodeKey(&b, c)
	k.full[c] = b.String()
	return k.full[c]
}

func (k *keyer) writeCodeKey(b *strings.Builder, c *code.Code) {
	b.WriteString("C")
	writeSized(b, 'n', c.Name)
	for _, n := range []int{c.ArgCount, c.KwOnlyArgCount, c.NLocals, c.Flags, c.FirstLineNo} {
		b.WriteString(strconv.Itoa(n))
		b.WriteByte(',')
	}
	writeSized(b, 'x', string(c.Code))
	b.WriteString("[")
	for _, v := range c.Consts {
		k.writeConstKey(b, v)
	}
	b.WriteString("]")
	for _, l := range [][]string{c.Names, c.VarNames, c.FreeVars, c.CellVars} {
		b.WriteString("[")
		for _, s := range l {
			writeSized(b, 's', s)
		}
		b.WriteString("]")
	}
}
