package scanner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// unicodeNames holds every Unicode 11.0 character name and formal alias
// Python 3.7 accepts in \N{...}, except the algorithmic CJK and Hangul
// ones; testdata/gen_names.py writes it from the oracle.
//
//go:embed unicode_names.txt.gz
var unicodeNames []byte

var (
	namesOnce sync.Once
	names     map[string]rune
)

func loadNames() {
	names = make(map[string]rune, 33000)
	zr, err := gzip.NewReader(bytes.NewReader(unicodeNames))
	if err != nil {
		return
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		tab := strings.IndexByte(line, '\t')
		if tab < 0 {
			continue
		}
		cp, err := strconv.ParseUint(line[tab+1:], 16, 32)
		if err == nil {
			names[line[:tab]] = rune(cp)
		}
	}
}

// LookupName finds the character a \N{name} escape names, as 3.7's
// unicodedata does: table names and aliases in any case; CJK unified
// ideographs and Hangul syllables by their algorithmic names, upper case
// only.
func LookupName(name string) (rune, bool) {
	if r, ok := cjkName(name); ok {
		return r, true
	}
	if r, ok := hangulName(name); ok {
		return r, true
	}
	namesOnce.Do(loadNames)
	r, ok := names[strings.ToUpper(name)]
	return r, ok
}

// unifiedIdeographs are the CJK UNIFIED IDEOGRAPH ranges of Unicode 11.0.
var unifiedIdeographs = [][2]rune{
	{0x3400, 0x4DB5}, {0x4E00, 0x9FEF}, {0x20000, 0x2A6D6}, {0x2A700, 0x2B734},
	{0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBEF},
}

func cjkName(name string) (rune, bool) {
	const prefix = "CJK UNIFIED IDEOGRAPH-"
	if !strings.HasPrefix(name, prefix) {
		return 0, false
	}
	hex := name[len(prefix):]
	if len(hex) != 4 && len(hex) != 5 {
		return 0, false
	}
	var v rune
	for i := 0; i < len(hex); i++ {
		c := hex[i]
		switch {
		case c >= '0' && c <= '9':
			v = v*16 + rune(c-'0')
		case c >= 'A' && c <= 'F':
			v = v*16 + rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	for _, r := range unifiedIdeographs {
		if v >= r[0] && v <= r[1] {
			return v, true
		}
	}
	return 0, false
}

// The short names of the Hangul jamo a syllable's name is built from.
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// longestJamo returns the index of the longest short name in list that
// starts s, and its length.
func longestJamo(s string, list []string) (int, int) {
	best, n := -1, -1
	for i, j := range list {
		if len(j) > n && strings.HasPrefix(s, j) {
			best, n = i, len(j)
		}
	}
	return best, n
}

func hangulName(name string) (rune, bool) {
	const prefix = "HANGUL SYLLABLE "
	if !strings.HasPrefix(name, prefix) {
		return 0, false
	}
	s := name[len(prefix):]
	l, n := longestJamo(s, jamoL)
	s = s[n:]
	v, n := longestJamo(s, jamoV)
	if v < 0 {
		return 0, false
	}
	s = s[n:]
	t, n := longestJamo(s, jamoT)
	if s[n:] != "" {
		return 0, false
	}
	return rune(0xAC00 + (l*len(jamoV)+v)*len(jamoT) + t), true
}
