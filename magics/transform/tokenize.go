package transform

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Token kinds, as Python's tokenize module names them. Only the kinds the
// transformers look at matter; the rest are kept for readable tests.
type kind int

const (
	tkEndMarker kind = iota
	tkName
	tkNumber
	tkString
	tkNewline
	tkIndent
	tkDedent
	tkOp
	tkComment
	tkNL
	tkError
)

// token is tokenize.TokenInfo. Positions are (1-based line, column); the
// column is a byte offset into the physical line, which is all the
// transformers need because they only ever cut lines at token starts.
type token struct {
	kind kind
	text string
	line int
	col  int
	src  string // the physical line the token starts on
}

// tokenizeError is tokenize.TokenError: input ended inside a bracket or a
// triple-quoted string. make_tokens_by_line swallows it.
type tokenizeError struct{ msg string }

func (e *tokenizeError) Error() string { return e.msg }

// IndentError is tokenize's IndentationError for a dedent to a column no
// enclosing block used; IPython lets it escape transform_cell.
type IndentError struct {
	Line int
	Text string
}

func (e *IndentError) Error() string {
	return "unindent does not match any outer indentation level"
}

// The pseudo-token pattern of Python 3.11's Lib/tokenize.py, written out
// for RE2. Both engines take the first alternative that leads to a match,
// so the alternatives are kept in tokenize's order.
var pseudoToken = sync.OnceValue(func() *regexp.Regexp {
	group := func(alts ...string) string { return "(?:" + strings.Join(alts, "|") + ")" }
	const w = `[\p{L}\p{N}\p{Mn}\p{Mc}\p{Pc}]` // Python's \w for str patterns
	prefix := `(?:[bB][rR]?|[rR][bBfF]?|[uU]|[fF][rR]?)?`
	hex := `0[xX](?:_?[0-9a-fA-F])+`
	bin := `0[bB](?:_?[01])+`
	oct := `0[oO](?:_?[0-7])+`
	dec := `(?:0(?:_?0)*|[1-9](?:_?[0-9])*)`
	intnum := group(hex, bin, oct, dec)
	exponent := `[eE][-+]?[0-9](?:_?[0-9])*`
	pointfloat := group(`[0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?`, `\.[0-9](?:_?[0-9])*`) + "(?:" + exponent + ")?"
	expfloat := `[0-9](?:_?[0-9])*` + exponent
	floatnum := group(pointfloat, expfloat)
	imag := group(`[0-9](?:_?[0-9])*[jJ]`, floatnum+`[jJ]`)
	number := group(imag, floatnum, intnum)
	ops := []string{"~", "}", "|=", "|", "{", "^=", "^", "]", "[", "@=", "@", ">>=", ">>", ">=", ">", "==", "=", "<=", "<<=", "<<", "<", ";", ":=", ":", "/=", "//=", "//", "/", "...", ".", "->", "-=", "-", ",", "+=", "+", "*=", "**=", "**", "*", ")", "(", "&=", "&", "%=", "%", "!="}
	for i, o := range ops {
		ops[i] = regexp.QuoteMeta(o)
	}
	funny := group(`\r?\n`, group(ops...))
	contStr := group(prefix+`'[^\n'\\]*(?:\\.[^\n'\\]*)*`+group(`'`, `\\\r?\n`),
		prefix+`"[^\n"\\]*(?:\\.[^\n"\\]*)*`+group(`"`, `\\\r?\n`))
	triple := group(prefix+`'''`, prefix+`"""`)
	extras := group(`\\\r?\n|\z`, `#[^\r\n]*`, triple)
	return regexp.MustCompile(`^[ \f\t]*(` + group(extras, number, funny, contStr, w+`+`) + `)`)
})

// tripleEnd finds the end of a triple-quoted string whose body starts at
// s[0]: the index just past the closing quotes, or -1 (Single3/Double3).
func tripleEnd(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q:
			if i+2 < len(s) && s[i+1] == q && s[i+2] == q {
				return i + 3
			}
		}
	}
	return -1
}

// singleEnd finds the end of a continued one-quote string on a following
// line (endpats["'"] = Single): just past the closing quote, or -1.
func singleEnd(s string, q byte) int {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case q:
			return i + 1
		}
	}
	return -1
}

func isIdentStart(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

// tokenize is Python 3.11's tokenize.generate_tokens over lines (each with
// its line ending, as splitlines(keepends=True) gives them). It returns the
// tokens produced before any error, and the error.
func tokenize(lines []string) ([]token, error) {
	var toks []token
	emit := func(k kind, text string, line, col int, src string) {
		toks = append(toks, token{k, text, line, col, src})
	}
	lnum, parenlev := 0, 0
	continued := false
	var contstr, contline string
	var quote byte
	triple, needcont := false, false
	var strLine, strCol int
	indents := []int{0}
	line, lastLine := "", ""
	next := 0
	for {
		lastLine = line
		line = ""
		if next < len(lines) {
			line = lines[next]
			next++
		}
		lnum++
		pos, max := 0, len(line)

		switch {
		case contstr != "":
			if line == "" {
				return toks, &tokenizeError{"EOF in multi-line string"}
			}
			end := -1
			if triple {
				end = tripleEnd(line, quote)
			} else {
				end = singleEnd(line, quote)
			}
			if end >= 0 {
				pos = end
				emit(tkString, contstr+line[:end], strLine, strCol, contline+line)
				contstr, needcont, contline = "", false, ""
			} else if needcont && !strings.HasSuffix(line, "\\\n") && !strings.HasSuffix(line, "\\\r\n") {
				emit(tkError, contstr+line, strLine, strCol, contline)
				contstr, contline = "", ""
				continue
			} else {
				contstr += line
				contline += line
				continue
			}
		case parenlev == 0 && !continued:
			if line == "" {
				goto done
			}
			column := 0
			for pos < max {
				switch line[pos] {
				case ' ':
					column++
				case '\t':
					column = (column/8 + 1) * 8
				case '\f':
					column = 0
				default:
					goto measured
				}
				pos++
			}
		measured:
			if pos == max {
				goto done
			}
			if c := line[pos]; c == '#' || c == '\r' || c == '\n' {
				if c == '#' {
					comment := strings.TrimRight(line[pos:], "\r\n")
					emit(tkComment, comment, lnum, pos, line)
					pos += len(comment)
				}
				emit(tkNL, line[pos:], lnum, pos, line)
				continue
			}
			if column > indents[len(indents)-1] {
				indents = append(indents, column)
				emit(tkIndent, line[:pos], lnum, 0, line)
			}
			for column < indents[len(indents)-1] {
				found := false
				for _, c := range indents {
					found = found || c == column
				}
				if !found {
					return toks, &IndentError{Line: lnum, Text: line}
				}
				indents = indents[:len(indents)-1]
				emit(tkDedent, "", lnum, pos, line)
			}
		default:
			if line == "" {
				return toks, &tokenizeError{"EOF in multi-line statement"}
			}
			continued = false
		}

	scan:
		for pos < max {
			m := pseudoToken().FindStringSubmatchIndex(line[pos:])
			if m == nil {
				_, size := utf8.DecodeRuneInString(line[pos:])
				emit(tkError, line[pos:pos+size], lnum, pos, line)
				pos += size
				continue
			}
			start, end := pos+m[2], pos+m[3]
			pos = end
			if start == end {
				continue
			}
			tok := line[start:end]
			initial := tok[0]
			switch {
			case initial >= '0' && initial <= '9' || initial == '.' && tok != "." && tok != "...":
				emit(tkNumber, tok, lnum, start, line)
			case initial == '\r' || initial == '\n':
				if parenlev > 0 {
					emit(tkNL, tok, lnum, start, line)
				} else {
					emit(tkNewline, tok, lnum, start, line)
				}
			case initial == '#':
				emit(tkComment, tok, lnum, start, line)
			case isTripleStart(tok):
				quote = tok[len(tok)-1]
				if e := tripleEnd(line[pos:], quote); e >= 0 {
					pos += e
					emit(tkString, line[start:pos], lnum, start, line)
				} else {
					strLine, strCol = lnum, start
					contstr, contline, triple = line[start:], line, true
					break scan
				}
			case isStringStart(tok):
				if tok[len(tok)-1] == '\n' {
					strLine, strCol = lnum, start
					quote = tok[strings.IndexAny(tok, `'"`)]
					contstr, contline, triple, needcont = line[start:], line, false, true
					break scan
				}
				emit(tkString, tok, lnum, start, line)
			case isIdentStart([]rune(tok)[0]):
				emit(tkName, tok, lnum, start, line)
			case initial == '\\':
				continued = true
			default:
				if strings.IndexByte("([{", initial) >= 0 {
					parenlev++
				} else if strings.IndexByte(")]}", initial) >= 0 {
					parenlev--
				}
				emit(tkOp, tok, lnum, start, line)
			}
		}
	}
done:
	if lastLine != "" && !strings.HasSuffix(lastLine, "\n") && !strings.HasSuffix(lastLine, "\r") &&
		!strings.HasPrefix(strings.TrimSpace(lastLine), "#") {
		emit(tkNewline, "", lnum-1, len(lastLine), "")
	}
	for range indents[1:] {
		emit(tkDedent, "", lnum, 0, "")
	}
	emit(tkEndMarker, "", lnum, 0, "")
	return toks, nil
}

// stringPrefixLen is the length of a valid string prefix at the start of
// tok (0 to 2 letters) when a quote follows it, else -1.
func stringPrefixLen(tok string) int {
	i := strings.IndexAny(tok, `'"`)
	if i < 0 || i > 2 {
		return -1
	}
	switch strings.ToLower(tok[:i]) {
	case "", "b", "r", "u", "f", "br", "rb", "fr", "rf":
		return i
	}
	return -1
}

func isTripleStart(tok string) bool {
	i := stringPrefixLen(tok)
	return i >= 0 && len(tok) == i+3 && (tok[i:] == `'''` || tok[i:] == `"""`)
}

func isStringStart(tok string) bool { return stringPrefixLen(tok) >= 0 }

// tokensByLine is IPython's make_tokens_by_line: tokens grouped into
// logical lines (a bracketed expression spanning lines is one group).
// Running out of input inside a bracket or string is not an error here.
func tokensByLine(lines []string) ([][]token, error) {
	toks, err := tokenize(lines)
	if _, ok := err.(*tokenizeError); ok {
		err = nil
	}
	if err != nil {
		return nil, err
	}
	groups := [][]token{nil}
	parenlev := 0
	for _, t := range toks {
		groups[len(groups)-1] = append(groups[len(groups)-1], t)
		switch {
		case t.kind == tkNewline || t.kind == tkNL && parenlev <= 0:
			groups = append(groups, nil)
		case t.text == "(" || t.text == "[" || t.text == "{":
			parenlev++
		case t.text == ")" || t.text == "]" || t.text == "}":
			if parenlev > 0 {
				parenlev--
			}
		}
	}
	if len(groups[len(groups)-1]) == 0 {
		groups = groups[:len(groups)-1]
	}
	return groups, nil
}
