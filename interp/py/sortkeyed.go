package py

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
)

// Keyed sorts for sortFast. Each key (or a tuple key's first item) is
// turned into a uint64 whose unsigned order is the key's order (ints with
// the sign bit flipped, floats by their ordered bit pattern, strs by
// their first seven bytes and length), complemented for reverse=True.
// The words are radix sorted, which is stable and compares nothing; runs
// of equal words that do not settle the order (long strs, tuples) are
// then sorted by the rest of their keys and their original positions, a
// small sort over data that fits in cache.

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

// wordBufs keeps sortWords' entry arrays from one sort to the next: a
// program sorting large lists would otherwise fault in fresh pages for
// every sort.
var wordBufs sync.Pool

// getWordBuf is a buffer of at least n entries from wordBufs.
func getWordBuf(n int) *[]wordEnt {
	if p, ok := wordBufs.Get().(*[]wordEnt); ok && cap(*p) >= n {
		*p = (*p)[:n]
		return p
	}
	b := make([]wordEnt, n)
	return &b
}

// radixSort sorts a by word, stably: a byte at a time from the lowest,
// skipping the bytes that all words share. tmp is scratch of a's length.
func radixSort(a, tmp []wordEnt) {
	var counts [8][256]int
	for _, e := range a {
		k := e.k
		counts[0][byte(k)]++
		counts[1][byte(k>>8)]++
		counts[2][byte(k>>16)]++
		counts[3][byte(k>>24)]++
		counts[4][byte(k>>32)]++
		counts[5][byte(k>>40)]++
		counts[6][byte(k>>48)]++
		counts[7][byte(k>>56)]++
	}
	n := len(a)
	src, dst := a, tmp
	for b := range counts {
		c := &counts[b]
		shift := uint(8 * b)
		if c[byte(a[0].k>>shift)] == n {
			continue
		}
		sum := 0
		for d, m := range c {
			c[d] = sum
			sum += m
		}
		for _, e := range src {
			d := byte(e.k >> shift)
			dst[c[d]] = e
			c[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
}

// sortWords sorts items by keys of one fast kind (or, with cols, by
// tuple keys whose leading items have the kinds cols): by the words of
// the keys (of their first items) first, radix sorted, then each run of
// equal words that the words do not decide by the rest of the keys.
// Tuple items past cols are compared as tuple < compares them, which may
// run Python code; its first error stops the sort and is returned. keys,
// unless they are items, are the caller's scratch: they are overwritten.
func sortWords(t *Thread, items, keys []Value, kind int, cols []int, reverse bool) *Exception {
	n := len(items)
	buf := getWordBuf(2 * n)
	defer wordBufs.Put(buf)
	ents, tmp := (*buf)[:n], (*buf)[n:2*n]
	for i, v := range keys {
		if cols != nil {
			v = AsTuple(v)[0]
		}
		w := orderBits(kind, v)
		if reverse {
			w = ^w
		}
		ents[i] = wordEnt{w, int32(i)}
	}
	radixSort(ents, tmp)
	var w1 []uint64
	if len(cols) > 1 {
		// the second items' words, read in the keys' own order: the runs
		// then find them without visiting scattered tuples
		w1 = make([]uint64, n)
		for i, v := range keys {
			w1[i] = orderBits(cols[1], AsTuple(v)[1])
		}
	}
	if kind == kindStr || cols != nil {
		sign := 1
		if reverse {
			sign = -1
		}
		var firstErr *Exception
		for a := 0; a < n; {
			b := a + 1
			for b < n && ents[b].k == ents[a].k {
				b++
			}
			if b-a > 1 && firstErr == nil {
				if w := ents[a].k; cols == nil {
					if reverse {
						w = ^w
					}
					if strLong(w) {
						slices.SortFunc(ents[a:b], func(x, y wordEnt) int {
							if c := strTie(StrOf(keys[x.i]), StrOf(keys[y.i])); c != 0 {
								return c * sign
							}
							return int(x.i - y.i)
						})
					}
				} else {
					firstErr = sortTupleRun(t, ents[a:b], keys, w1, cols, sign)
				}
			}
			a = b
		}
		if firstErr != nil {
			return firstErr
		}
	}
	var out []Value
	if &keys[0] != &items[0] {
		out = keys // the caller's key list, no longer needed
	} else {
		out = make([]Value, n)
	}
	for j, e := range ents {
		out[j] = items[e.i]
	}
	copy(items, out)
	return nil
}

// sortTupleRun sorts a run of tuple keys whose first items have equal
// words, in place, by the rest of the keys and then position. w1 holds
// the words of the keys' second items when cols has two kinds or more.
func sortTupleRun(t *Thread, run []wordEnt, keys []Value, w1 []uint64, cols []int, sign int) *Exception {
	k0, k1 := cols[0], kindNone
	if len(cols) > 1 {
		k1 = cols[1]
	}
	long0 := k0 == kindStr && strLong(orderBits(k0, AsTuple(keys[run[0].i])[0]))
	for j := range run {
		if w1 != nil {
			run[j].k = w1[run[j].i]
		} else {
			run[j].k = 0
		}
	}
	ncols := len(cols)
	var firstErr *Exception
	slices.SortFunc(run, func(a, b wordEnt) int {
		if a.k != b.k && !long0 {
			if a.k < b.k {
				return -sign
			}
			return sign
		}
		x, y := AsTuple(keys[a.i]), AsTuple(keys[b.i])
		c := 0
		if long0 {
			c = strTie(StrOf(x[0]), StrOf(y[0]))
		}
		if c == 0 && a.k != b.k {
			if a.k < b.k {
				c = -1
			} else {
				c = 1
			}
		}
		if c == 0 && k1 == kindStr && strLong(a.k) {
			c = strTie(StrOf(x[1]), StrOf(y[1]))
		}
		for j := 2; c == 0 && j < ncols; j++ {
			if cols[j] == kindInt {
				c = cmp.Compare(x[j].Int(), y[j].Int())
			} else {
				c = cmpSame(cols[j], x[j], y[j])
			}
		}
		if c == 0 && firstErr == nil {
			if ncols < len(x) && ncols < len(y) {
				var err *Exception
				c, err = tupleCmpFrom(t, x, y, ncols)
				if err != nil {
					firstErr = err
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
	return firstErr
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
