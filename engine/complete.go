package engine

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax/token"
	"github.com/bytepy/bytepy/interp/vm"
	"github.com/bytepy/bytepy/kernel"
)

// The completer's expressions are compiled on first use, not at package
// init: every bytepy process links this package, `bytepy run` too.
var (
	reImport     = lazyRE(`^\s*(import|from)\s+([\w.]*)$`)
	reFromImport = lazyRE(`^\s*from\s+([\w.]+)\s+import\s+(?:.*,\s*)?(\w*)$`)
	reMagic      = lazyRE(`^\s*(%%?)(\w*)$`)
)

func lazyRE(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}

// Complete lists what may stand at cursor: a magic after % at the start
// of a line, a module after import, a module's member after from M
// import, an attribute of a live object after "name.", otherwise the
// user's names, builtins and keywords.
func (e *Engine) Complete(code string, cursor int) kernel.Completion {
	cursor = max(0, min(cursor, len(code)))
	before := code[:cursor]
	line := before[strings.LastIndexByte(before, '\n')+1:]
	lineStart := cursor - len(line)

	if m := reMagic().FindStringSubmatchIndex(line); m != nil {
		esc, prefix := line[m[2]:m[3]], line[m[4]:m[5]]
		var out []string
		for _, n := range e.magicNames(esc == "%%") {
			if strings.HasPrefix(n, prefix) {
				out = append(out, esc+n)
			}
		}
		return completion(out, lineStart+m[2], cursor)
	}
	if m := reImport().FindStringSubmatch(line); m != nil {
		prefix := m[2]
		return completion(filterPrefix(e.moduleNames(), prefix), cursor-len(prefix), cursor)
	}
	if m := reFromImport().FindStringSubmatch(line); m != nil {
		prefix := m[2]
		var names []string
		e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
			mod, err := importModule(t, e.it, m[1])
			if err == nil {
				names = e.dirOf(t, mod)
			}
			return py.None, nil
		})
		return completion(filterPrefix(names, prefix), cursor-len(prefix), cursor)
	}

	start := cursor
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(code[:start])
		if !isIdentRune(r) && r != '.' {
			break
		}
		start -= size
	}
	tok := code[start:cursor]
	if tok != "" && unicode.IsDigit([]rune(tok)[0]) {
		return completion(nil, cursor, cursor)
	}
	if dot := strings.LastIndexByte(tok, '.'); dot >= 0 {
		objPath, prefix := tok[:dot], tok[dot+1:]
		var names []string
		e.inVM(func(t *py.Thread) (py.Value, *py.Exception) {
			if obj, ok := e.resolve(t, objPath); ok {
				names = e.dirOf(t, obj)
			}
			return py.None, nil
		})
		return completion(filterPrivate(filterPrefix(names, prefix), prefix), cursor-len(prefix), cursor)
	}
	return completion(filterPrivate(filterPrefix(e.globalNames(), tok), tok), start, cursor)
}

func completion(matches []string, start, end int) kernel.Completion {
	sort.Strings(matches)
	uniq := matches[:0]
	for i, m := range matches {
		if i == 0 || m != matches[i-1] {
			uniq = append(uniq, m)
		}
	}
	if uniq == nil {
		uniq = []string{}
	}
	return kernel.Completion{Matches: uniq, CursorStart: start, CursorEnd: end, Metadata: map[string]any{}}
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

func filterPrefix(names []string, prefix string) []string {
	var out []string
	for _, n := range names {
		if strings.HasPrefix(n, prefix) {
			out = append(out, n)
		}
	}
	return out
}

// filterPrivate drops _names unless the user typed the underscore, and
// dunders unless they typed two, as IPython's completer does.
func filterPrivate(names []string, prefix string) []string {
	var out []string
	for _, n := range names {
		switch {
		case strings.HasPrefix(n, "__") && !strings.HasPrefix(prefix, "__"):
		case strings.HasPrefix(n, "_") && !strings.HasPrefix(prefix, "_"):
		default:
			out = append(out, n)
		}
	}
	return out
}

// globalNames are the user's names, the builtins and the keywords. The
// _iN names are listed without being made (py.LazyNames).
func (e *Engine) globalNames() []string {
	var out []string
	for _, d := range []*py.Dict{e.ns, e.it.Builtins} {
		d.RangeMade(func(k, _ py.Value) bool {
			if py.IsStr(k) {
				out = append(out, py.StrOf(k))
			}
			return true
		})
	}
	e.inputs.RangeNames(func(name string) { out = append(out, name) })
	return append(out, token.Keywords...)
}

// resolve finds the object a dotted name denotes, in the user namespace
// then the builtins, by attribute access only: completion and inspection
// never call anything the user wrote, except property getters.
func (e *Engine) resolve(t *py.Thread, dotted string) (py.Value, bool) {
	parts := strings.Split(dotted, ".")
	v, ok := e.ns.GetStr(parts[0])
	if !ok {
		if v, ok = e.it.Builtins.GetStr(parts[0]); !ok {
			return py.Null, false
		}
	}
	for _, p := range parts[1:] {
		if p == "" {
			return py.Null, false
		}
		x, err := py.GetAttrS(t, v, p)
		if err != nil {
			return py.Null, false
		}
		v = x
	}
	return v, true
}

// dirOf is dir(v) as strings.
func (e *Engine) dirOf(t *py.Thread, v py.Value) []string {
	l, err := py.Call(t, e.it.Builtins.Must("dir"), []py.Value{v}, nil)
	if err != nil {
		return nil
	}
	items, err := py.Collect(t, l)
	if err != nil {
		return nil
	}
	var out []string
	for _, x := range items {
		if py.IsStr(x) {
			out = append(out, py.StrOf(x))
		}
	}
	return out
}

// moduleNames are the modules import can find: built into bytepy,
// already loaded, or the IPython stand-in's.
func (e *Engine) moduleNames() []string {
	out := append([]string{"IPython", "IPython.display", "IPython.core.display"}, vm.RegisteredModules()...)
	for _, k := range e.it.Modules.Keys() {
		if py.IsStr(k) {
			out = append(out, py.StrOf(k))
		}
	}
	var kept []string
	for _, n := range out {
		if !strings.HasPrefix(n, "_") {
			kept = append(kept, n)
		}
	}
	return kept
}

// magicNames lists line (or cell) magics, read from %lsmagic's text.
func (e *Engine) magicNames(cell bool) []string {
	lines := strings.Split(e.sh.Registry.Lsmagic(), "\n")
	esc, idx := "%", 1
	if cell {
		esc, idx = "%%", 4
	}
	if idx >= len(lines) {
		return nil
	}
	var out []string
	for _, f := range strings.Fields(lines[idx]) {
		out = append(out, strings.TrimPrefix(f, esc))
	}
	return out
}
