package magics

import (
	"fmt"
	"sort"
	"strings"
)

// whoLs is IPython's who_ls: the user's variable names, sorted, kept to
// the given type names when there are any.
func whoLs(sh *Shell, line string) []Var {
	types := strings.Fields(line)
	var out []Var
	for _, v := range sh.Interp.UserVars() {
		if strings.HasPrefix(v.Name, "_") {
			continue
		}
		if len(types) > 0 && !contains(types, v.Type) {
			continue
		}
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func whoLsMagic(sh *Shell, line string) (any, error) {
	names := []string{}
	for _, v := range whoLs(sh, line) {
		names = append(names, v.Name)
	}
	return names, nil
}

// emptyMessage is what %who and %whos say when nothing matches.
func emptyMessage(line string) string {
	if line != "" {
		return "No variables match your requested type.\n"
	}
	return "Interactive namespace is empty.\n"
}

// whoMagic is %who: names separated by tabs, nine to a line.
func whoMagic(sh *Shell, line string) (any, error) {
	vars := whoLs(sh, line)
	if len(vars) == 0 {
		fmt.Fprint(sh.stdout(), emptyMessage(line))
		return nil, nil
	}
	var b strings.Builder
	count := 0
	for _, v := range vars {
		// print(i+'\t', end=' ')
		b.WriteString(v.Name + "\t ")
		count++
		if count > 8 {
			count = 0
			b.WriteString("\n")
		}
	}
	b.WriteString("\n")
	fmt.Fprint(sh.stdout(), b.String())
	return nil, nil
}

// whosMagic is %whos: a table of name, type and a short description.
func whosMagic(sh *Shell, line string) (any, error) {
	vars := whoLs(sh, line)
	if len(vars) == 0 {
		fmt.Fprint(sh.stdout(), emptyMessage(line))
		return nil, nil
	}
	const colsep = 3
	varWidth, typeWidth := len("Variable"), len("Type")
	for _, v := range vars {
		varWidth = max(varWidth, pyLen(v.Name))
		typeWidth = max(typeWidth, pyLen(v.Type))
	}
	varWidth += colsep
	typeWidth += colsep
	var b strings.Builder
	b.WriteString(ljust("Variable", varWidth) + ljust("Type", typeWidth) + " Data/Info\n")
	b.WriteString(strings.Repeat("-", varWidth+typeWidth+len("Data/Info")+1) + "\n")
	for _, v := range vars {
		b.WriteString(ljust(v.Name, varWidth) + ljust(v.Type, typeWidth) + " ")
		switch v.Type {
		case "dict", "list", "tuple":
			fmt.Fprintf(&b, "n=%d\n", v.Len)
		default:
			s := strings.ReplaceAll(v.Str, "\n", `\n`)
			if r := []rune(s); len(r) >= 50 {
				s = string(r[:25]) + "<...>" + string(r[len(r)-25:])
			}
			b.WriteString(s + "\n")
		}
	}
	fmt.Fprint(sh.stdout(), b.String())
	return nil, nil
}

func pyLen(s string) int { return len([]rune(s)) }

func ljust(s string, w int) string {
	if n := pyLen(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// resetMagic is %reset -f. Without -f IPython asks for confirmation; a
// kernel with no answer takes it as no.
func resetMagic(sh *Shell, line string) (any, error) {
	opts, _, err := ParseOptions(line, "sf", OptionsConfig{Posix: false, Strict: true})
	if err != nil {
		return nil, err
	}
	if !opts.Has("f") {
		fmt.Fprint(sh.stdout(), "Once deleted, variables cannot be recovered. Proceed (y/[n])? Nothing done.\n")
		return nil, nil
	}
	return nil, sh.Interp.ResetUser()
}

// precisionMagic is %precision: "" restores repr, an int n means
// "%.nf", anything with % is a format of its own. The new float format
// is the result, as in IPython.
func precisionMagic(sh *Shell, line string) (any, error) {
	s := line
	switch {
	case strings.Contains(s, "%"):
		if !validFloatFormat(s) {
			return nil, &PyError{Type: "ValueError", Msg: "Precision must be int or format string, not " + strRepr(s)}
		}
		sh.Precision = s
	case s != "":
		n, err := pyInt(s)
		if err != nil {
			return nil, &PyError{Type: "ValueError", Msg: "Precision must be int or format string, not " + strRepr(s)}
		}
		if n < 0 {
			return nil, &PyError{Type: "ValueError", Msg: fmt.Sprintf("int precision must be non-negative, not %d", n)}
		}
		sh.Precision = fmt.Sprintf("%%.%df", n)
	default:
		sh.Precision = ""
	}
	if sh.Precision == "" {
		return "%r", nil
	}
	return sh.Precision, nil
}

// validFloatFormat says whether fmt % 3.14159 would work: exactly one
// conversion that takes a number (and any number of "%%").
func validFloatFormat(f string) bool {
	convs := 0
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		j := i + 1
		for j < len(f) && strings.IndexByte("#0- +123456789.", f[j]) >= 0 {
			j++
		}
		if j >= len(f) {
			return false
		}
		if f[j] == '%' && j == i+1 {
			i = j
			continue
		}
		if strings.IndexByte("diouxXeEfFgGcrsa", f[j]) < 0 {
			return false
		}
		convs++
		i = j
	}
	return convs == 1
}
