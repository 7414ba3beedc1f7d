package parser

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// identifier returns a NAME token's text as ast.c's new_identifier stores
// it: non-ASCII identifiers are normalised to NFKC (PEP 3131), so that
// "µ" (micro sign) and "μ" (mu) are the same name.
func identifier(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return nfkc(s)
		}
	}
	return s
}

// Hangul syllables decompose and compose arithmetically (Unicode 3.12).
const (
	hangulS, hangulL, hangulV, hangulT = 0xAC00, 0x1100, 0x1161, 0x11A7
	hangulLCount, hangulVCount         = 19, 21
	hangulTCount                       = 28
	hangulNCount                       = hangulVCount * hangulTCount
	hangulSCount                       = hangulLCount * hangulNCount
)

// nfkc normalises s: full compatibility decomposition, canonical ordering
// of combining marks, then canonical composition (UAX #15).
func nfkc(s string) string {
	// Decompose.
	rs := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case r >= hangulS && r < hangulS+hangulSCount:
			i := r - hangulS
			rs = append(rs, hangulL+i/hangulNCount, hangulV+i%hangulNCount/hangulTCount)
			if t := i % hangulTCount; t != 0 {
				rs = append(rs, hangulT+t)
			}
		default:
			if d, ok := nfkd(r); ok {
				rs = append(rs, []rune(d)...)
			} else {
				rs = append(rs, r)
			}
		}
	}
	// Order each run of combining marks by class (a stable sort).
	for i := 1; i < len(rs); i++ {
		c := ccc(rs[i])
		if c == 0 {
			continue
		}
		for j := i; j > 0; j-- {
			p := ccc(rs[j-1])
			if p == 0 || p <= c {
				break
			}
			rs[j-1], rs[j] = rs[j], rs[j-1]
		}
	}
	// Compose: a character joins the last starter if it follows it
	// directly, or if nothing between them has a class of 0 or one as
	// high as its own (then it is not blocked).
	starter, lastClass := -1, uint8(0)
	out := rs[:0]
	for _, r := range rs {
		c := ccc(r)
		if starter >= 0 && (len(out)-1 == starter || lastClass != 0 && lastClass < c) {
			if comp, ok := compose(out[starter], r); ok {
				out[starter] = comp
				continue
			}
		}
		if c == 0 {
			starter = len(out)
		}
		lastClass = c
		out = append(out, r)
	}
	var b strings.Builder
	for _, r := range out {
		b.WriteRune(r)
	}
	return b.String()
}

func nfkd(r rune) (string, bool) {
	i := sort.Search(len(nfkdTable), func(i int) bool { return nfkdTable[i].r >= r })
	if i < len(nfkdTable) && nfkdTable[i].r == r {
		e := &nfkdTable[i]
		return nfkdText[e.off : e.off+uint32(e.n)], true
	}
	return "", false
}

func ccc(r rune) uint8 {
	if r < 0x300 {
		return 0
	}
	i := sort.Search(len(cccTable), func(i int) bool { return cccTable[i].r >= r })
	if i < len(cccTable) && cccTable[i].r == r {
		return cccTable[i].c
	}
	return 0
}

// compose returns the primary composite of a and b, if there is one.
func compose(a, b rune) (rune, bool) {
	if a >= hangulL && a < hangulL+hangulLCount && b >= hangulV && b < hangulV+hangulVCount {
		return hangulS + ((a-hangulL)*hangulVCount+b-hangulV)*hangulTCount, true
	}
	if a >= hangulS && a < hangulS+hangulSCount && (a-hangulS)%hangulTCount == 0 && b > hangulT && b < hangulT+hangulTCount {
		return a + b - hangulT, true
	}
	i := sort.Search(len(compTable), func(i int) bool {
		t := compTable[i]
		return t.a > a || t.a == a && t.b >= b
	})
	if i < len(compTable) && compTable[i].a == a && compTable[i].b == b {
		return compTable[i].c, true
	}
	return 0, false
}
