package engine

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/kernel"
)

// Inspect is inspect_request: IPython's pinfo text for the name at the
// cursor, or for the call the cursor is inside ("zip(a, |" asks about zip).
func (e *Engine) Inspect(code string, cursor, detail int) kernel.Inspection {
	name := nameAt(code, max(0, min(cursor, len(code))))
	if name == "" {
		return kernel.Inspection{}
	}
	text, ok := e.pinfo(name, detail)
	if !ok {
		return kernel.Inspection{}
	}
	return kernel.Inspection{Found: true, Data: kernel.MimeBundle{"text/plain": text}, Metadata: kernel.MimeBundle{}}
}

// nameAt is the dotted name around byte offset cursor, or else the name
// of the innermost call whose parenthesis is still open before it.
func nameAt(code string, cursor int) string {
	isName := func(r rune) bool { return isIdentRune(r) || r == '.' }
	start, end := cursor, cursor
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(code[:start])
		if !isName(r) {
			break
		}
		start -= n
	}
	for end < len(code) {
		r, n := utf8.DecodeRuneInString(code[end:])
		if !isName(r) {
			break
		}
		end += n
	}
	if tok := strings.Trim(code[start:end], "."); tok != "" && !isDigitStart(tok) {
		return tok
	}
	depth := 0
	for i := cursor - 1; i >= 0; i-- {
		switch code[i] {
		case ')', ']', '}':
			depth++
		case '[', '{':
			depth--
		case '(':
			if depth > 0 {
				depth--
				continue
			}
			return nameAt(code[:i], i)
		}
		if depth < 0 {
			return ""
		}
	}
	return ""
}

func isDigitStart(s string) bool { return s[0] >= '0' && s[0] <= '9' }

// pinfo is IPython's object inspector text for name (detail 1: with
// source), found false when the name denotes nothing.
func (e *Engine) pinfo(name string, detail int) (string, bool) {
	var text string
	var found bool
	e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
		v, ok := e.resolve(t, name)
		if !ok {
			return py.None, nil
		}
		found = true
		text = e.describe(t, name, v, detail)
		return py.None, nil
	})
	return text, found
}

type field struct{ title, body string }

// describe lays out the fields IPython's pinfo shows for v.
func (e *Engine) describe(t *py.Thread, name string, v py.Value, detail int) string {
	var fields []field
	add := func(title, body string) { fields = append(fields, field{title, body}) }
	doc := docOf(t, v)
	switch typ := v.Type(); {
	case typ == py.FunctionType || typ == py.MethodType:
		fn := v
		if typ == py.MethodType {
			fn = py.AsBoundMethod(v).Func
		}
		if fn.Type() == py.FunctionType {
			f := py.AsFunction(fn)
			add("Signature", name+signature(t, f, typ == py.MethodType))
			if src := e.functionSource(f.Code); detail > 0 && src != "" {
				add("Source", src)
			} else {
				add("Docstring", orNoDoc(doc))
			}
			add("File", f.Code.Filename)
		} else {
			add("Docstring", orNoDoc(doc))
		}
	case py.IsType(v):
		if init := py.AsType(v).LookupS("__init__"); !init.IsNull() && init.Type() == py.FunctionType {
			add("Init signature", name+signature(t, py.AsFunction(init), true))
		}
		add("Docstring", orNoDoc(doc))
	case typ == py.BuiltinType:
		add("Docstring", orNoDoc(doc))
	case typ == py.ModuleType:
		add("Docstring", orNoDoc(doc))
		if f, ok := py.AsModule(v).Dict.GetStr("__file__"); ok && py.IsStr(f) {
			add("File", py.StrOf(f))
		}
	default:
		if s, err := py.Str_(t, v); err == nil {
			if r := []rune(s); len(r) > 200 {
				s = string(r[:100]) + " ... " + string(r[len(r)-100:])
			}
			add("String form", s)
		}
		if n, err := py.Len(t, v); err == nil {
			add("Length", fmt.Sprint(n))
		}
		add("Docstring", orNoDoc(docOf(t, v.Type().V())))
	}
	typeName := py.TypeName(v)
	if py.IsType(v) {
		typeName = py.AsType(v).Meta().Name
	}
	add("Type", typeName)
	return formatFields(fields)
}

// formatFields is IPython's _format_fields: red titles; a one-line body
// follows its title, a longer one starts on the next line.
func formatFields(fields []field) string {
	var b strings.Builder
	for _, f := range fields {
		if strings.Contains(f.body, "\n") {
			b.WriteString(cRed + f.title + ":" + cNormal + "\n" + strings.TrimRight(f.body, "\n") + "\n")
			continue
		}
		b.WriteString(cRed + fmt.Sprintf("%-16s", f.title+":") + cNormal + f.body + "\n")
	}
	return b.String()
}

func orNoDoc(doc string) string {
	if doc == "" {
		return "<no docstring>"
	}
	return doc
}

// docOf is inspect.getdoc(v): __doc__, its indentation cleaned.
func docOf(t *py.Thread, v py.Value) string {
	d, err := py.GetAttrS(t, v, "__doc__")
	if err != nil || !py.IsStr(d) {
		if v.Type() == py.BuiltinType {
			d, _ := py.AsBuiltin(v).DocSig()
			return d
		}
		return ""
	}
	return cleanDoc(py.StrOf(d))
}

// cleanDoc is inspect.cleandoc: the first line stripped, the common
// indentation of the rest removed, blank lines at either end dropped.
func cleanDoc(doc string) string {
	lines := strings.Split(strings.ReplaceAll(doc, "\t", "        "), "\n")
	indent := -1
	for _, l := range lines[1:] {
		if s := strings.TrimLeft(l, " "); s != "" {
			if n := len(l) - len(s); indent < 0 || n < indent {
				indent = n
			}
		}
	}
	lines[0] = strings.TrimSpace(lines[0])
	for i := 1; i < len(lines) && indent > 0; i++ {
		if len(lines[i]) >= indent {
			lines[i] = lines[i][indent:]
		} else {
			lines[i] = strings.TrimLeft(lines[i], " ")
		}
	}
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.Join(lines, "\n")
}

// signature is inspect.signature's text for a Python function: "(a, b=1,
// *args, c, **kw)", without self for a bound method or an __init__.
func signature(t *py.Thread, f *py.Function, dropSelf bool) string {
	co := f.Code
	var parts []string
	pos := co.VarNames[:min(co.ArgCount, len(co.VarNames))]
	firstDefault := len(pos) - len(f.Defaults)
	for i, n := range pos {
		if i == 0 && dropSelf {
			continue
		}
		if i >= firstDefault && firstDefault >= 0 {
			r, err := py.Repr(t, f.Defaults[i-firstDefault])
			if err != nil {
				r = "..."
			}
			n += "=" + r
		}
		parts = append(parts, n)
	}
	kwEnd := co.ArgCount + co.KwOnlyArgCount
	if co.Flags&code.VarArgs != 0 && kwEnd < len(co.VarNames) {
		parts = append(parts, "*"+co.VarNames[kwEnd])
	} else if co.KwOnlyArgCount > 0 {
		parts = append(parts, "*")
	}
	for i := co.ArgCount; i < kwEnd && i < len(co.VarNames); i++ {
		n := co.VarNames[i]
		if f.KwDefaults != nil {
			if d, ok := f.KwDefaults.GetStr(n); ok {
				if r, err := py.Repr(t, d); err == nil {
					n += "=" + r
				}
			}
		}
		parts = append(parts, n)
	}
	if co.Flags&code.VarKeywords != 0 {
		j := kwEnd
		if co.Flags&code.VarArgs != 0 {
			j++
		}
		if j < len(co.VarNames) {
			parts = append(parts, "**"+co.VarNames[j])
		}
	}
	return "(" + strings.Join(parts, ", ") + ")"
}

// functionSource is inspect.getsource for a function defined in a cell
// or a file: from its def line (decorators included) to the end of the
// indented block.
func (e *Engine) functionSource(co *code.Code) string {
	lines := e.sourceLines(co.Filename)
	first := co.FirstLineNo
	if first < 1 || first > len(lines) {
		return ""
	}
	head := lines[first-1]
	indent := len(head) - len(strings.TrimLeft(head, " \t"))
	end := first
	for end < len(lines) {
		l := lines[end]
		if strings.TrimSpace(l) != "" && len(l)-len(strings.TrimLeft(l, " \t")) <= indent {
			break
		}
		end++
	}
	for end > first && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	return strings.Join(lines[first-1:end], "\n")
}
