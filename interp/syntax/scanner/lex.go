package scanner

import (
	"github.com/bytepy/bytepy/interp/syntax/token"
)

// isNameStart is CPython's is_potential_identifier_start: any byte of a
// non-ASCII character may start a name; whether it really may is checked
// once the whole name is read.
func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isNameChar(c byte) bool { return isNameStart(c) || c >= '0' && c <= '9' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// nameOrString reads a name, or a string when the name so far is a string
// prefix (b, r, u, f and their allowed pairs, any case) and a quote follows.
func (s *Scanner) nameOrString(start int) (token.Token, error) {
	src := s.src
	i := start
	var sawB, sawR, sawU, sawF bool
prefix:
	for {
		switch c := src[i]; {
		case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
			sawB = true
		case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
			sawU = true
		case !(sawR || sawU) && (c == 'r' || c == 'R'):
			sawR = true
		case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
			sawF = true
		default:
			break prefix
		}
		i++
		if q := src[i]; q == '\'' || q == '"' {
			return s.str(start, i)
		}
	}
	nonASCII := false
	for ; isNameChar(src[i]); i++ {
		if src[i] >= 0x80 {
			nonASCII = true
		}
	}
	s.pos = i
	if nonASCII && !isIdentifier(src[start:i]) {
		return token.Token{}, s.errorAt("SyntaxError", "invalid character in identifier", s.line, i, s.lineEnd())
	}
	return s.tok(token.NAME, start), nil
}

// str reads a string literal whose prefix starts at start and whose
// opening quote is at q. Triple-quoted strings, and single-quoted ones
// through an escaped newline, may span lines.
func (s *Scanner) str(start, q int) (token.Token, error) {
	src := s.src
	startPos := s.here(start)
	quote := src[q]
	i := q + 1
	size, endSize := 1, 0
	if src[i] == quote {
		i++
		if src[i] == quote {
			size = 3
			i++
		} else {
			endSize = 1
		}
	}
	for endSize != size {
		if i >= len(src) {
			msg := "EOL while scanning string literal"
			if size == 3 {
				msg = "EOF while scanning triple-quoted string literal"
			}
			s.pos = i
			if s.file {
				return token.Token{}, s.fileEOFInString(msg, size == 3)
			}
			return token.Token{}, s.errorAt("SyntaxError", msg, s.line-1, i, i)
		}
		c := src[i]
		i++
		switch {
		case c == quote:
			endSize++
			continue
		case c == '\n':
			if size == 1 {
				s.pos = i
				return token.Token{}, s.errorAt("SyntaxError", "EOL while scanning string literal", s.line, i, i)
			}
			s.newLine(i-1, true)
		case c == '\\':
			if i < len(src) {
				if src[i] == '\n' {
					s.newLine(i, true)
				}
				i++
			}
		}
		endSize = 0
	}
	s.pos = i
	if startPos.Line != s.line {
		if s.spanStart == nil {
			s.spanStart = make(map[int]int)
		}
		s.spanStart[s.line] = s.bufLine(startPos.Line)
	}
	return token.Token{Kind: token.STRING, Text: src[start:i], Start: startPos, End: s.here(i)}, nil
}

// number reads a NUMBER at start (a digit, or a '.' before a digit),
// following tokenizer.c's automaton: it stops at the first character that
// cannot continue the literal, and reports "invalid token" where the
// literal cannot be complete (CPython's caret goes on that character).
func (s *Scanner) number(start int) (token.Token, error) {
	src := s.src
	i := start
	if src[i] == '.' {
		return s.fraction(start, i+1)
	}
	if src[i] != '0' {
		j, ok := decimalTail(src, i)
		if !ok {
			return s.badNumber(j)
		}
		if src[j] == '.' {
			return s.fraction(start, j+1)
		}
		return s.exponent(start, j)
	}
	i++
	switch src[i] {
	case 'x', 'X':
		return s.radix(start, i+1, isHex)
	case 'o', 'O':
		return s.radix(start, i+1, func(c byte) bool { return c >= '0' && c <= '7' })
	case 'b', 'B':
		return s.radix(start, i+1, func(c byte) bool { return c == '0' || c == '1' })
	}
	// Zeros, maybe "_"-separated; any other digit makes it a float or an
	// imaginary, or else an old-style octal, which 3 no longer allows.
	for {
		if src[i] == '_' {
			i++
			if !isDigit(src[i]) {
				return s.badNumber(i)
			}
		}
		if src[i] != '0' {
			break
		}
		i++
	}
	nonzero := false
	if isDigit(src[i]) {
		nonzero = true
		j, ok := decimalTail(src, i)
		if !ok {
			return s.badNumber(j)
		}
		i = j
	}
	switch src[i] {
	case '.':
		return s.fraction(start, i+1)
	case 'e', 'E', 'j', 'J':
		return s.exponent(start, i)
	}
	if nonzero {
		return s.badNumber(i)
	}
	return s.numberTok(start, i), nil
}

// radix reads the digits of a 0x, 0o or 0b literal from i.
func (s *Scanner) radix(start, i int, digit func(byte) bool) (token.Token, error) {
	src := s.src
	for {
		if src[i] == '_' {
			i++
		}
		if !digit(src[i]) {
			return s.badNumber(i)
		}
		for digit(src[i]) {
			i++
		}
		if src[i] != '_' {
			break
		}
	}
	return s.numberTok(start, i), nil
}

// fraction reads the digits after a decimal point at i-1.
func (s *Scanner) fraction(start, i int) (token.Token, error) {
	if isDigit(s.src[i]) {
		j, ok := decimalTail(s.src, i)
		if !ok {
			return s.badNumber(j)
		}
		i = j
	}
	return s.exponent(start, i)
}

// exponent reads an optional exponent at i, then an optional 'j'. An 'e'
// with no digits after it is left for the next token (1e is 1, then e).
func (s *Scanner) exponent(start, i int) (token.Token, error) {
	src := s.src
	if c := src[i]; c == 'e' || c == 'E' {
		e := i
		i++
		if src[i] == '+' || src[i] == '-' {
			i++
			if !isDigit(src[i]) {
				return s.badNumber(i)
			}
		} else if !isDigit(src[i]) {
			return s.numberTok(start, e), nil
		}
		j, ok := decimalTail(src, i)
		if !ok {
			return s.badNumber(j)
		}
		i = j
	}
	if c := src[i]; c == 'j' || c == 'J' {
		i++
	}
	return s.numberTok(start, i), nil
}

// decimalTail reads digits with single underscores between them from i,
// a digit. It returns where they end, or, if an underscore is not followed
// by a digit, false and the offending character's offset.
func decimalTail(src string, i int) (int, bool) {
	for {
		for isDigit(src[i]) {
			i++
		}
		if src[i] != '_' {
			return i, true
		}
		i++
		if !isDigit(src[i]) {
			return i, false
		}
	}
}

func (s *Scanner) numberTok(start, end int) token.Token {
	s.pos = end
	return s.tok(token.NUMBER, start)
}

func (s *Scanner) badNumber(at int) (token.Token, error) {
	s.pos = at
	return token.Token{}, s.errorAt("SyntaxError", "invalid token", s.line, at, s.lineEnd())
}
