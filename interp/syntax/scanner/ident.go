package scanner

import (
	"unicode"
	"unicode/utf8"
)

// isIdentifier is PyUnicode_IsIdentifier on UTF-8 text (PEP 3131): an
// XID_Start character or '_', then XID_Continue characters. The tables are
// Python 3.7's own (Unicode 11.0), generated into ident_tables.go, so that
// a character assigned since is rejected as 3.7 rejects it.
func isIdentifier(name string) bool {
	for i, r := range name {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(name[i:]); n <= 1 {
				return false
			}
		}
		if i == 0 {
			if r != '_' && !isXIDStart(r) {
				return false
			}
		} else if !isXIDContinue(r) {
			return false
		}
	}
	return name != ""
}

func isXIDStart(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.Is(xidStart, r)
}

func isXIDContinue(r rune) bool {
	if r < 0x80 {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.Is(xidContinue, r)
}

// NormalizeName returns the NFKC form of an identifier, as CPython's
// parser stores names (PEP 3131: "ℌ" and "H" are the same name). ASCII
// names come back as they are, without allocating.
//
// Only compatibility mappings of single characters are applied (from
// Python 3.7's own tables, in ident_tables.go): a decomposed sequence
// such as "e" + U+0301 is not composed into "é" as full NFKC would.
func NormalizeName(name string) string {
	i := 0
	for i < len(name) && name[i] < 0x80 {
		i++
	}
	if i == len(name) {
		return name
	}
	var b []byte
	for j, r := range name[i:] {
		if m, ok := nfkcChar[r]; ok {
			if b == nil {
				b = append(make([]byte, 0, len(name)+8), name[:i+j]...)
			}
			b = append(b, m...)
		} else if b != nil {
			b = utf8.AppendRune(b, r)
		}
	}
	if b == nil {
		return name
	}
	return string(b)
}
