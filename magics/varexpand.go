package magics

import (
	"errors"
	"strings"
	"unicode"

	"github.com/bytepy/bytepy/interp/compile"
)

// errNoExpand makes VarExpand give the text back untouched, as IPython
// does whenever formatting fails.
var errNoExpand = errors.New("no expansion")

// VarExpand is IPython's var_expand with its DollarFormatter: "{expr}" is
// replaced by str(eval(expr)) ("{expr!r}" by its repr, "{{" and "}}" are
// braces), and "$name" or "$name.attr" outside single quotes by str() of
// that value ("$$" is a dollar). Expressions are evaluated in the user
// namespace. If anything fails (a missing name, a lone "}"), the text is
// returned as it was.
func (sh *Shell) VarExpand(s string) string {
	out, err := sh.varExpand(s)
	if err != nil {
		return s
	}
	return out
}

func (sh *Shell) varExpand(s string) (string, error) {
	var b strings.Builder
	fields, err := formatterParse(s)
	if err != nil {
		return "", err
	}
	for _, f := range fields {
		if err := sh.dollarLiteral(&b, f.literal); err != nil {
			return "", err
		}
		if !f.hasField {
			continue
		}
		expr := f.name
		if f.spec != "" {
			// FullEvalFormatter puts the spec back: {x[1:2]} is a slice.
			expr += ":" + f.spec
		}
		text, err := sh.evalText(expr, f.conversion)
		if err != nil {
			return "", err
		}
		b.WriteString(text)
	}
	return b.String(), nil
}

// evalText is str() (or repr() for !r and !a) of an expression's value.
func (sh *Shell) evalText(expr string, conversion byte) (string, error) {
	co, err := compile.CompileString(expr, "<string>", "eval", 0, -1)
	if err != nil {
		return "", err
	}
	v, err := sh.Interp.Eval(co)
	if err != nil {
		return "", err
	}
	if conversion == 'r' || conversion == 'a' {
		return sh.Interp.Repr(v)
	}
	return sh.Interp.Str(v)
}

// dollarLiteral writes literal text with its $name fields expanded. A
// "$" counts only when an even number of single quotes follows it in the
// literal, so '$HOME' inside quotes stays for the shell.
func (sh *Shell) dollarLiteral(b *strings.Builder, lit string) error {
	for {
		i, end := nextDollar(lit)
		if i < 0 {
			b.WriteString(lit)
			return nil
		}
		b.WriteString(lit[:i])
		name := lit[i+1 : end]
		if strings.HasPrefix(name, "$") {
			b.WriteString(name)
		} else {
			text, err := sh.evalText(name, 0)
			if err != nil {
				return err
			}
			b.WriteString(text)
		}
		lit = lit[end:]
	}
}

// nextDollar finds the next "$" followed by "$"? and word characters or
// dots, with an even number of "'" after it: the "$" and the field's end.
func nextDollar(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		j := i + 1
		if j < len(s) && s[j] == '$' {
			j++
		}
		k := j
		for k < len(s) {
			r := rune(s[k])
			if r >= 0x80 {
				r = []rune(s[k:])[0]
			}
			if !(r == '.' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
				break
			}
			k += len(string(r))
		}
		if k > j && strings.Count(s[k:], "'")%2 == 0 {
			return i, k
		}
	}
	return -1, -1
}

// formatField is one piece of string.Formatter.parse: literal text, then
// optionally a replacement field.
type formatField struct {
	literal    string
	hasField   bool
	name, spec string
	conversion byte
}

// formatterParse is string.Formatter().parse(s).
func formatterParse(s string) ([]formatField, error) {
	var out []formatField
	var lit strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '{' && i+1 < len(s) && s[i+1] == '{', c == '}' && i+1 < len(s) && s[i+1] == '}':
			lit.WriteByte(c)
			out = append(out, formatField{literal: lit.String()})
			lit.Reset()
			i++
		case c == '}':
			return nil, errNoExpand // Single '}' encountered
		case c == '{':
			depth, j := 1, i+1
			for ; j < len(s) && depth > 0; j++ {
				switch s[j] {
				case '{':
					depth++
				case '}':
					depth--
				case '[':
					for j < len(s) && s[j] != ']' {
						j++
					}
				}
			}
			if depth != 0 {
				return nil, errNoExpand // expected '}' before end of string
			}
			f := formatField{literal: lit.String(), hasField: true}
			lit.Reset()
			field := s[i+1 : j-1]
			// The name ends at the first "!" or ":" outside brackets.
			k := 0
			for ; k < len(field); k++ {
				if field[k] == '[' {
					for k < len(field) && field[k] != ']' {
						k++
					}
					continue
				}
				if field[k] == '!' || field[k] == ':' {
					break
				}
			}
			f.name = field[:k]
			rest := field[k:]
			if strings.HasPrefix(rest, "!") {
				if len(rest) < 2 || len(rest) > 2 && rest[2] != ':' {
					return nil, errNoExpand
				}
				f.conversion = rest[1]
				rest = rest[2:]
			}
			f.spec = strings.TrimPrefix(rest, ":")
			out = append(out, f)
			i = j - 1
		default:
			lit.WriteByte(c)
		}
	}
	if lit.Len() > 0 || len(out) == 0 {
		out = append(out, formatField{literal: lit.String()})
	}
	return out, nil
}
