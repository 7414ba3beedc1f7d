package magics

import (
	"fmt"
	"strings"
)

// registerBuiltins puts every magic bytepy ships into r.
func registerBuiltins(r *Registry) {
	for _, m := range []*Magic{
		{Name: "timeit", NoVarExpand: true, Doc: timeitDoc,
			Line: func(sh *Shell, line string) (any, error) { return timeitMagic(sh, line, nil) },
			Cell: func(sh *Shell, line, cell string) (any, error) { return timeitMagic(sh, line, &cell) }},
		{Name: "time", NoVarExpand: true, Doc: timeDoc,
			Line: func(sh *Shell, line string) (any, error) { return timeMagic(sh, line, nil) },
			Cell: func(sh *Shell, line, cell string) (any, error) { return timeMagic(sh, line, &cell) }},
		{Name: "dis", Doc: disDoc, Line: disLineMagic, Cell: disCellMagic},
		{Name: "lsmagic", Doc: "List currently available magic functions.", Line: lsmagicMagic},
		{Name: "magic", Doc: "Print information about the magic function system.", Line: magicMagic},
		{Name: "quickref", Doc: "Show a quick reference sheet", Line: quickrefMagic},
		{Name: "load_ext", Doc: loadExtDoc, Line: loadExtMagic},
		{Name: "native", Doc: "Compile the cell to native code (see %load_ext Cython for %%cython).", Cell: nativePlaceholder},
		{Name: "who", Doc: whoDoc, Line: whoMagic},
		{Name: "who_ls", Doc: "Return a sorted list of all interactive variables.", Line: whoLsMagic},
		{Name: "whos", Doc: whosDoc, Line: whosMagic},
		{Name: "reset", Doc: resetDoc, Line: resetMagic},
		{Name: "writefile", Doc: writefileArgs.Doc(), Cell: writefileMagic},
		{Name: "pwd", Doc: "Return the current working directory path.", Line: pwdMagic},
		{Name: "cd", Doc: cdDoc, Line: cdMagic},
		{Name: "env", Doc: envDoc, Line: envMagic},
		{Name: "history", Doc: historyArgs.Doc(), Line: historyMagic},
		{Name: "capture", Doc: captureArgs.Doc(), Cell: captureMagic},
		{Name: "precision", Doc: precisionDoc, Line: precisionMagic},
		{Name: "bash", Doc: bashArgs.Doc(), Cell: bashMagic},
		{Name: "sh", Doc: shArgs.Doc(), Cell: shMagic},
		{Name: "script", Doc: scriptArgp.Doc(), Cell: scriptMagic},
		{Name: "pinfo", Doc: "Provide detailed information about an object.", Line: pinfoMagic},
		{Name: "pinfo2", Doc: "Provide extra detailed information about an object.", Line: pinfo2Magic},
	} {
		r.Register(m)
	}
}

// LinkNative installs the %%native cell magic (the native-code engineer's
// entry point); %%cython follows it once %load_ext Cython has run.
func (r *Registry) LinkNative(f CellFunc, doc string) {
	r.RegisterCell("native", f, doc)
	if r.magics["cython"] != nil {
		r.RegisterCell("cython", f, doc)
	}
}

func nativePlaceholder(sh *Shell, line, cell string) (any, error) {
	return nil, &UsageError{Msg: "%%native is not available yet"}
}

// loadExtMagic is %load_ext. The only extension is Cython, whose %%cython
// is bytepy's %%native under IPython's name.
func loadExtMagic(sh *Shell, line string) (any, error) {
	name := strings.TrimSpace(line)
	if name == "" {
		return nil, &UsageError{Msg: "Missing module name."}
	}
	if name != "Cython" {
		return nil, &PyError{Type: "ModuleNotFoundError", Msg: fmt.Sprintf("No module named %s", strRepr(name))}
	}
	if sh.Extensions[name] {
		fmt.Fprintf(sh.stdout(), "The %s extension is already loaded. To reload it, use:\n  %%reload_ext %s\n", name, name)
		return nil, nil
	}
	sh.Extensions[name] = true
	native := sh.Registry.FindCell("native")
	sh.Registry.RegisterCell("cython", native.Cell, native.Doc)
	return nil, nil
}

func lsmagicMagic(sh *Shell, line string) (any, error) {
	// IPython returns a MagicsDisplay whose text/plain is this text.
	return Text(sh.Registry.Lsmagic()), nil
}

// Text is a magic result whose text/plain is the string itself, not its
// repr (IPython's objects with _repr_pretty_, such as MagicsDisplay).
type Text string

// magicMagic is %magic: how magics work, then every magic's docstring.
func magicMagic(sh *Shell, line string) (any, error) {
	var b strings.Builder
	b.WriteString(magicIntro)
	b.WriteString("\n\n")
	for _, cell := range []bool{false, true} {
		for _, n := range sh.Registry.names(cell) {
			m := sh.Registry.magics[n]
			esc := "%"
			if cell {
				esc = "%%"
			}
			fmt.Fprintf(&b, "%s%s:\n%s\n", esc, n, indentDoc(m.Doc))
		}
	}
	b.WriteString("\nSummary of magic functions (from %lsmagic):\n\n")
	b.WriteString(sh.Registry.Lsmagic())
	b.WriteString("\n")
	fmt.Fprint(sh.stdout(), b.String())
	return nil, nil
}

func indentDoc(doc string) string {
	lines := strings.Split(strings.TrimRight(doc, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}

func quickrefMagic(sh *Shell, line string) (any, error) {
	var b strings.Builder
	b.WriteString(quickrefText)
	b.WriteString("\nThe following magic functions are currently available:\n\n")
	for _, cell := range []bool{false, true} {
		esc := "%"
		if cell {
			esc = "%%"
		}
		for _, n := range sh.Registry.names(cell) {
			first, _, _ := strings.Cut(strings.TrimSpace(sh.Registry.magics[n].Doc), "\n")
			fmt.Fprintf(&b, "%s%s:\n    %s\n", esc, n, first)
		}
	}
	fmt.Fprint(sh.stdout(), b.String())
	return nil, nil
}

// pinfoMagic is "name?" (pinfo) and "name??" (pinfo2): a magic's
// docstring for "%name?" and "%%name?", otherwise whatever the kernel's
// Inspector says about the object. The text goes to the pager.
func pinfoMagic(sh *Shell, line string) (any, error) {
	target := strings.TrimSpace(line)
	var m *Magic
	switch {
	case strings.HasPrefix(target, "%%"):
		m = sh.Registry.FindCell(target[2:])
	case strings.HasPrefix(target, "%"):
		m = sh.Registry.FindLine(target[1:])
	}
	if m != nil {
		sh.page(fmt.Sprintf("Docstring:\n%s\nFile:      bytepy/magics\n", strings.TrimRight(m.Doc, "\n")))
		return nil, nil
	}
	if sh.Inspector != nil && !strings.HasPrefix(target, "%") {
		if text, ok := sh.Inspector(target, detailLevel(sh)); ok {
			sh.page(text)
			return nil, nil
		}
	}
	fmt.Fprintf(sh.stdout(), "Object `%s` not found.\n", target)
	return nil, nil
}

func pinfo2Magic(sh *Shell, line string) (any, error) {
	sh.detail = 1
	defer func() { sh.detail = 0 }()
	return pinfoMagic(sh, line)
}

func detailLevel(sh *Shell) int { return sh.detail }

// page shows text in the pager (a "page" payload in a kernel) or, with
// no pager, on stdout.
func (sh *Shell) page(text string) {
	if sh.Page != nil {
		sh.Page(text)
		return
	}
	fmt.Fprint(sh.stdout(), text)
}
