package scanner

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/syntax"
)

// decodeSource turns a file's bytes into text following PEP 263 as
// CPython 3.7's tokenizer does: a UTF-8 BOM, else a coding cookie in a
// comment on line 1 or 2 (line 2 only when line 1 holds no code), else
// UTF-8. Known encodings are UTF-8, Latin-1, ASCII and cp1252 under their
// Python aliases; any other name is "unknown encoding".
func decodeSource(filename string, src []byte) (string, error) {
	bom := len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
	if bom {
		src = src[3:]
	}
	name, _ := findCookie(src)
	fail := func(msg string) error {
		return &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: filename, LinenoZero: true}
	}
	if name == "" || name == "utf-8" {
		return decodeUTF8(filename, src)
	}
	if bom {
		return "", fail("encoding problem: " + name + " with BOM")
	}
	switch codecName(name) {
	case "utf_8":
		return decodeUTF8(filename, src)
	case "latin_1":
		return decodeTable(src, nil), nil
	case "cp1252":
		for i, c := range src {
			if c >= 0x80 && c < 0xA0 && cp1252[c-0x80] == 0 {
				return "", fail(fmt.Sprintf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", c, i))
			}
		}
		return decodeTable(src, &cp1252), nil
	case "ascii":
		for i, c := range src {
			if c >= 0x80 {
				return "", fail(fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i))
			}
		}
		return string(src), nil
	}
	return "", fail("unknown encoding: " + name)
}

// decodeUTF8 checks the bytes are UTF-8 and reports the first line that
// is not with the message CPython prints when no encoding was declared.
func decodeUTF8(filename string, src []byte) (string, error) {
	if utf8.Valid(src) {
		return string(src), nil
	}
	line := 1
	for i := 0; i < len(src); {
		if src[i] == '\n' {
			line++
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n <= 1 {
			return "", &syntax.Error{
				Kind: "SyntaxError",
				Msg: fmt.Sprintf("Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "+
					"but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details",
					src[i], filename, line),
				Filename: filename,
				Lineno:   line,
			}
		}
		i += n
	}
	return string(src), nil
}

// decodeTable maps each byte to a character: itself (Latin-1), or through
// high for 0x80-0x9F.
func decodeTable(src []byte, high *[32]rune) string {
	var b strings.Builder
	b.Grow(len(src) + len(src)/8)
	for _, c := range src {
		switch {
		case c < 0x80:
			b.WriteByte(c)
		case c < 0xA0 && high != nil:
			b.WriteRune(high[c-0x80])
		default:
			b.WriteRune(rune(c))
		}
	}
	return b.String()
}

// findCookie returns the normalised encoding name a coding cookie on line
// 1 or 2 declares (tokenizer.c's get_coding_spec and get_normal_name), or
// "", and the line (1 or 2) it is on.
func findCookie(src []byte) (string, int) {
	for n := 0; n < 2 && len(src) > 0; n++ {
		end := len(src)
		for i, c := range src {
			if c == '\n' || c == '\r' {
				end = i
				break
			}
		}
		line := src[:end]
		if name, isComment := cookieIn(line); name != "" {
			return name, n + 1
		} else if !isComment {
			return "", 0
		}
		if end < len(src) && src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n' {
			end++
		}
		if end >= len(src) {
			break
		}
		src = src[end+1:]
	}
	return "", 0
}

// cookieIn finds "coding[:=] NAME" in a comment line. isComment tells
// whether the line holds no code, which lets line 2 declare the encoding.
func cookieIn(line []byte) (name string, isComment bool) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
		i++
	}
	if i == len(line) {
		return "", true
	}
	if line[i] != '#' {
		return "", false
	}
	for j := i; j+6 < len(line); j++ {
		if string(line[j:j+6]) != "coding" || (line[j+6] != ':' && line[j+6] != '=') {
			continue
		}
		k := j + 7
		for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
			k++
		}
		b := k
		for k < len(line) && (isAlnum(line[k]) || line[k] == '-' || line[k] == '_' || line[k] == '.') {
			k++
		}
		if k > b {
			return normalName(string(line[b:k])), true
		}
	}
	return "", true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// normalName is get_normal_name: the UTF-8 and Latin-1 spellings become
// "utf-8" and "iso-8859-1"; other names are kept as written.
func normalName(name string) string {
	n := name
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ReplaceAll(strings.ToLower(n), "_", "-")
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return name
}

// codecName maps an encoding name to the codec it names, as Python's
// encodings.normalize_encoding and alias table would, for the codecs this
// package knows.
func codecName(name string) string {
	var b strings.Builder
	sep := false
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isAlnum(c) || c == '.' {
			if sep && b.Len() > 0 {
				b.WriteByte('_')
			}
			sep = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		} else {
			sep = true
		}
	}
	return codecAliases()[b.String()]
}

// codecAliases is made on the first coding cookie, not at every start.
var codecAliases = sync.OnceValue(func() map[string]string {
	return map[string]string{
		"utf_8": "utf_8", "utf8": "utf_8", "u8": "utf_8", "utf": "utf_8", "utf8_ucs2": "utf_8", "utf8_ucs4": "utf_8",
		"latin_1": "latin_1", "latin1": "latin_1", "latin": "latin_1", "l1": "latin_1", "iso8859_1": "latin_1",
		"iso_8859_1": "latin_1", "iso8859": "latin_1", "8859": "latin_1", "cp819": "latin_1", "ibm819": "latin_1",
		"csisolatin1": "latin_1", "iso_8859_1_1987": "latin_1", "iso_ir_100": "latin_1",
		"ascii": "ascii", "us_ascii": "ascii", "646": "ascii", "us": "ascii", "cp367": "ascii", "csascii": "ascii",
		"ibm367": "ascii", "iso646_us": "ascii", "iso_646.irv_1991": "ascii", "iso_ir_6": "ascii",
		"ansi_x3.4_1968": "ascii", "ansi_x3_4_1968": "ascii", "ansi_x3.4_1986": "ascii",
		"cp1252": "cp1252", "windows_1252": "cp1252", "1252": "cp1252",
	}
})

// cp1252 maps bytes 0x80-0x9F; 0 marks the five undefined ones.
var cp1252 = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}
