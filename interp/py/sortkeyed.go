package py

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
)

// Keyed sorts for sortFast. Each key (or a tuple key's first item) is
// turned into a uint64 whose unsigned order is the key's order (ints with
// the sign bit flipped, floats by their ordered bit pattern, strs by
// their first eight bytes), so that most compares are one integer
// compare with no pointer to follow. Ties go to the rest of the key and
// then to the original position, which keeps the sort stable. Ints whose
// spread leaves room for the position in the same word are sorted as
// plain uint64s.

// orderBits is v's order-preserving word; v has the fast kind kind.
func orderBits(kind int, v Value) uint64 {
	switch kind {
	case kindInt:
		return uint64(v.Int()) ^ 1<<63
	case kindStr:
		return strWord(StrOf(v))
	}
	x := v.Float()
	if x == 0 {
		x = 0 // -0.0 sorts with 0.0
	}
	u := math.Float64bits(x)
	if u>>63 != 0 {
		return ^u
	}
	return u | 1<<63
}

// strWord is s's first seven bytes, zero padded, over min(len(s), 8).
// Words order as their strings do; equal words are equal strings unless
// both strings are longer than seven bytes (strLong), when the strings
// from the eighth byte on decide.
func strWord(s string) uint64 {
	if len(s) >= 7 {
		u := uint64(s[0])<<56 | uint64(s[1])<<48 | uint64(s[2])<<40 | uint64(s[3])<<32 |
			uint64(s[4])<<24 | uint64(s[5])<<16 | uint64(s[6])<<8
		return u | uint64(min(len(s), 8))
	}
	u := uint64(len(s))
	for i := 0; i < len(s); i++ {
		u |= uint64(s[i]) << (56 - 8*i)
	}
	return u
}

// strLong reports whether a str's word leaves the order to the rest of
// the string.
func strLong(w uint64) bool { return w&0xff == 8 }

// strTie three-way compares strings with the same long word.
func strTie(a, b string) int { return strings.Compare(a[7:], b[7:]) }

// wordEnt is a key's word and its item's position.
type wordEnt struct {
	k uint64
	i int32
}

// sortIntKeys sorts items by int keys (not the items themselves).
func sortIntKeys(items, keys []Value, reverse bool) {
	n := len(items)
	lo, hi := keys[0].Int(), keys[0].Int()
	for _, v := range keys[1:] {
		x := v.Int()
		lo, hi = min(lo, x), max(hi, x)
	}
	shift := uint(bits.Len(uint(n)))
	if span := uint64(hi) - uint64(lo); bits.Len64(span)+int(shift) <= 64 {
		// (key - lo, position) packed in one word: a plain integer sort
		ws := make([]uint64, n)
		for i, v := range keys {
			d := uint64(v.Int() - lo)
			if reverse {
				d = span - d
			}
			ws[i] = d<<shift | uint64(i)
		}
		slices.Sort(ws)
		out := make([]Value, n)
		mask := uint64(1)<<shift - 1
		for j, w := range ws {
			out[j] = items[w&mask]
		}
		copy(items, out)
		return
	}
	ents := make([]wordEnt, n)
	for i, v := range keys {
		x := v.Int()
		if reverse {
			x = ^x // order-reversing, with no overflow
		}
		ents[i] = wordEnt{uint64(x) ^ 1<<63, int32(i)}
	}
	slices.SortFunc(ents, func(a, b wordEnt) int {
		if a.k != b.k {
			if a.k < b.k {
				return -1
			}
			return 1
		}
		return int(a.i - b.i)
	})
	out := make([]Value, n)
	for j, e := range ents {
		out[j] = items[e.i]
	}
	copy(items, out)
}

// strEnt is a str key with its prefix word and its item's position.
type strEnt struct {
	k uint64
	s string
	i int32
}

// sortStrKeys sorts items by exact-str keys.
func sortStrKeys(items, keys []Value, reverse bool) {
	ents := make([]strEnt, len(items))
	for i, v := range keys {
		s := StrOf(v)
		ents[i] = strEnt{strWord(s), s, int32(i)}
	}
	sign := 1
	if reverse {
		sign = -1
	}
	slices.SortFunc(ents, func(a, b strEnt) int {
		if a.k != b.k {
			if a.k < b.k {
				return -sign
			}
			return sign
		}
		if strLong(a.k) {
			if c := strTie(a.s, b.s); c != 0 {
				return c * sign
			}
		}
		return int(a.i - b.i)
	})
	out := make([]Value, len(items))
	for j, e := range ents {
		out[j] = items[e.i]
	}
	copy(items, out)
}

// tupEnt is a tuple key with its first item's word and its item's
// position.
type tupEnt struct {
	k, k1 uint64 // the words of the first two items (k1 0 if only one)
	t     []Value
	i     int32
}

// tupleColumns is the kinds of the leading items that every tuple key
// has and that share one fast kind per position; nil when the first
// items do not. keys are all exact, non-empty tuples.
func tupleColumns(keys []Value) []int {
	minLen := len(AsTuple(keys[0]))
	for _, v := range keys[1:] {
		minLen = min(minLen, len(AsTuple(v)))
	}
	var kinds []int
	for j := 0; j < minLen; j++ {
		k := fastKind(AsTuple(keys[0])[j])
		if k == kindNone {
			break
		}
		for _, v := range keys[1:] {
			if fastKind(AsTuple(v)[j]) != k {
				k = kindNone
				break
			}
		}
		if k == kindNone {
			break
		}
		kinds = append(kinds, k)
	}
	return kinds
}

// sortTupleKeys sorts items by tuple keys whose leading items have the
// kinds cols (cols[0] at least). Items past those are compared as tuple
// < compares them, which may run Python code; its first error stops the
// sort and is returned.
func sortTupleKeys(t *Thread, items, keys []Value, cols []int, reverse bool) *Exception {
	ents := make([]tupEnt, len(items))
	k0, k1 := cols[0], kindNone
	if len(cols) > 1 {
		k1 = cols[1]
	}
	for i, v := range keys {
		tp := AsTuple(v)
		e := tupEnt{k: orderBits(k0, tp[0]), t: tp, i: int32(i)}
		if k1 != kindNone {
			e.k1 = orderBits(k1, tp[1])
		}
		ents[i] = e
	}
	sign := 1
	if reverse {
		sign = -1
	}
	ncols := len(cols)
	var firstErr *Exception
	slices.SortFunc(ents, func(a, b tupEnt) int {
		if a.k != b.k {
			if a.k < b.k {
				return -sign
			}
			return sign
		}
		if k0 == kindStr && strLong(a.k) {
			if c := strTie(StrOf(a.t[0]), StrOf(b.t[0])); c != 0 {
				return c * sign
			}
		}
		if a.k1 != b.k1 {
			if a.k1 < b.k1 {
				return -sign
			}
			return sign
		}
		if k1 == kindStr && strLong(a.k1) {
			if c := strTie(StrOf(a.t[1]), StrOf(b.t[1])); c != 0 {
				return c * sign
			}
		}
		if firstErr != nil {
			return int(a.i - b.i)
		}
		x, y := a.t, b.t
		c := 0
		for j := 2; c == 0 && j < ncols; j++ {
			if cols[j] == kindInt {
				c = cmp.Compare(x[j].Int(), y[j].Int())
			} else {
				c = cmpSame(cols[j], x[j], y[j])
			}
		}
		if c == 0 {
			if ncols < len(x) && ncols < len(y) {
				var err *Exception
				c, err = tupleCmpFrom(t, x, y, ncols)
				if err != nil {
					firstErr = err
					return int(a.i - b.i)
				}
			} else {
				c = cmp.Compare(len(x), len(y))
			}
		}
		if c != 0 {
			return c * sign
		}
		return int(a.i - b.i)
	})
	if firstErr != nil {
		return firstErr
	}
	out := make([]Value, len(items))
	for j, e := range ents {
		out[j] = items[e.i]
	}
	copy(items, out)
	return nil
}

// tupleCmpFrom is tupleCmp3 for tuples whose items before start are
// equal.
func tupleCmpFrom(t *Thread, a, b []Value, start int) (int, *Exception) {
	for i := start; i < len(a) && i < len(b); i++ {
		x, y := a[i], b[i]
		if k := fastKind(x); k != kindNone && k == fastKind(y) {
			if c := cmpSame(k, x, y); c != 0 {
				return c, nil
			}
			continue
		}
		eq, err := Equal(t, x, y)
		if err != nil {
			return 0, err
		}
		if !eq {
			return cmp3(t, x, y)
		}
	}
	return cmp.Compare(len(a), len(b)), nil
}
