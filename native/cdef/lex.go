package cdef

import "strings"

// tok is one token of the light lexer the pre-processor uses. It only needs
// to find names, brackets and commas reliably, so strings and numbers are
// skipped as opaque runs and comments are dropped.
type tok struct {
	kind byte // 'n' name, '#' number, 's' string, 'o' operator
	text string
	off  int // byte offset in the source
	line int // 1-based
	col  int // 0-based byte column
}

// logical is one logical line: its tokens (possibly spanning physical lines
// inside brackets or after a backslash) and the indentation of its first line.
type logical struct {
	toks   []tok
	indent int
	line   int
}

// splitLogical cuts src into logical lines. Blank and comment-only lines
// yield nothing.
func splitLogical(src string) []logical {
	var out []logical
	var cur logical
	depth := 0
	line, lineStart := 1, 0
	atLineStart := true
	i := 0
	flush := func() {
		if len(cur.toks) > 0 {
			out = append(out, cur)
		}
		cur = logical{}
	}
	for i < len(src) {
		c := src[i]
		if atLineStart && depth == 0 && len(cur.toks) == 0 {
			// measure indentation
			j := i
			for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
				j++
			}
			cur.indent = j - i
			cur.line = line
			atLineStart = false
			i = j
			continue
		}
		switch {
		case c == '\n':
			line++
			lineStart = i + 1
			i++
			if depth == 0 {
				flush()
				atLineStart = true
			}
		case c == '\\' && i+1 < len(src) && src[i+1] == '\n':
			i += 2
			line++
			lineStart = i
		case c == ' ' || c == '\t' || c == '\r' || c == '\f':
			i++
		case c == '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
		case isIdentStart(c):
			j := i
			for j < len(src) && isIdentChar(src[j]) {
				j++
			}
			// string prefixes
			if j < len(src) && (src[j] == '\'' || src[j] == '"') && isStrPrefix(src[i:j]) {
				j2, nl := skipString(src, j)
				cur.toks = append(cur.toks, tok{'s', src[i:j2], i, line, i - lineStart})
				if nl > 0 {
					line += nl
					lineStart = strings.LastIndexByte(src[:j2], '\n') + 1
				}
				i = j2
				continue
			}
			cur.toks = append(cur.toks, tok{'n', src[i:j], i, line, i - lineStart})
			i = j
		case c >= '0' && c <= '9' || c == '.' && i+1 < len(src) && src[i+1] >= '0' && src[i+1] <= '9':
			j := i
			for j < len(src) && (isIdentChar(src[j]) || src[j] == '.' ||
				(src[j] == '+' || src[j] == '-') && (src[j-1] == 'e' || src[j-1] == 'E')) {
				j++
			}
			cur.toks = append(cur.toks, tok{'#', src[i:j], i, line, i - lineStart})
			i = j
		case c == '\'' || c == '"':
			j, nl := skipString(src, i)
			cur.toks = append(cur.toks, tok{'s', src[i:j], i, line, i - lineStart})
			if nl > 0 {
				line += nl
				lineStart = strings.LastIndexByte(src[:j], '\n') + 1
			}
			i = j
		default:
			n := 1
			if i+1 < len(src) {
				two := src[i : i+2]
				switch two {
				case "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=":
					n = 2
				}
			}
			switch c {
			case '(', '[', '{':
				depth++
			case ')', ']', '}':
				if depth > 0 {
					depth--
				}
			}
			cur.toks = append(cur.toks, tok{'o', src[i : i+n], i, line, i - lineStart})
			i += n
		}
	}
	flush()
	return out
}

func isIdentStart(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || c >= '0' && c <= '9' }

func isStrPrefix(s string) bool {
	switch strings.ToLower(s) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// skipString returns the end of the string literal starting at the quote at
// i and how many newlines it spans.
func skipString(src string, i int) (int, int) {
	q := src[i]
	triple := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	nl := 0
	for j < len(src) {
		c := src[j]
		switch {
		case c == '\\':
			if j+1 < len(src) && src[j+1] == '\n' {
				nl++
			}
			j += 2
			continue
		case c == '\n':
			if !triple {
				return j, nl
			}
			nl++
		case c == q:
			if !triple {
				return j + 1, nl
			}
			if j+2 < len(src) && src[j+1] == q && src[j+2] == q {
				return j + 3, nl
			}
		}
		j++
	}
	return len(src), nl
}
