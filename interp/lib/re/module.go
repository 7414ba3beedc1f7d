// Package remod is Python 3.7's re module for the common subset.
//
// The matcher is Go, registered as the private module _re; re itself is
// Python source (re.py, embedded) holding the Pattern and Match classes,
// the module functions, replacement templates and the cache.
//
// A pattern is parsed (parse.go, escape.go) into a small node tree with
// sre_parse's checks and error messages, then matched by a backtracking
// matcher in continuation-passing style (match.go): matching a node at
// position i calls a continuation with every end position the node can
// reach, most preferred first, and the continuation returns true once
// the rest of the pattern has matched. Captures are written when a group
// closes and restored when the continuation fails, so the state seen by
// the final continuation is exactly the chosen path's. Runs of one-
// character items under a quantifier are counted in a loop instead of
// recursing, which keeps .* and \w+ fast and shallow.
//
// Text is matched as a slice of code points (a bytes object as one per
// byte), so every position handed back is a Python index. The scanning
// helper used by findall, finditer, sub and split implements 3.7's rule
// for empty matches: after an empty match the next match may start at the
// same place only if it is not empty.
//
// Flags in force are the pattern's global ones (inline (?i) anywhere
// counts as global, as in 3.7) changed inside scoped groups (?i:...).
// Left out of the subset: LOCALE matching (the flag is accepted and
// ignored), Pattern.scanner, the DEBUG dump, the DeprecationWarning for
// flags not at the start, and sre's exact capture state in rare patterns
// where a group inside a repeated group is left set by an abandoned
// iteration. IGNORECASE folds by lower/upper case and Unicode simple case
// folding, which covers what sre folds but not every exotic pair.
package remod

import (
	_ "embed"
	"sync"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed re.py
var source []byte

// prog is one compiled pattern.
type prog struct {
	root    *node
	groups  int
	names   map[string]int
	flags   int
	isBytes bool
	first   *node // see firstChar
}

type progKey struct {
	pattern string
	flags   int
	isBytes bool
}

// progs is the handle table: Python holds an int index, so a compiled
// pattern needs no Python type of its own. Equal patterns share a handle,
// which bounds the table by the number of distinct patterns.
var (
	progMu  sync.Mutex
	progs   []*prog
	handles = map[progKey]int{}
)

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func init() {
	vm.RegisterModule("_re", func(it *vm.Interp, m *py.Module) error {
		for name, f := range map[string]fn{"compile": compile, "match": match, "scan": scan, "findall": findall} {
			m.Set(name, py.NewBuiltin(name, f))
		}
		return nil
	})
	vm.RegisterSourceModule("re", "<frozen re>", source)
}

// lastText caches the code points of the last long str matched, so a
// loop of p.match(text, pos) over one text does not convert it each time.
var lastText struct {
	sync.Mutex
	s *py.Str
	r []rune
}

// text is the code points of a str, or the bytes of a bytes-like object.
func text(v py.Value) ([]rune, bool) {
	if py.IsStr(v) {
		str := py.AsStr(v)
		if len(str.S()) < 256 {
			return []rune(str.S()), true
		}
		lastText.Lock()
		defer lastText.Unlock()
		if lastText.s != str {
			lastText.s, lastText.r = str, []rune(str.S())
		}
		return lastText.r, true
	}
	if b, ok := py.BytesOf(v); ok {
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return r, true
	}
	return nil, false
}

// compile(pattern, flags) -> (handle, flags, groups, {name: index}), or
// (None, message, position) when the pattern is invalid.
func compile(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "compile() takes 2 arguments")
	}
	src, ok := text(a[0])
	if !ok {
		return py.Null, py.Errorf(py.TypeErrorType, "first argument must be string or compiled pattern")
	}
	isBytes := !py.IsStr(a[0])
	flags := int(a[1].Int())
	key := progKey{string(src), flags, isBytes}
	progMu.Lock()
	h, ok := handles[key]
	var p *prog
	if ok {
		p = progs[h]
	}
	progMu.Unlock()
	if !ok {
		root, groups, names, outFlags, perr := parse(src, flags, isBytes)
		if perr != nil {
			return py.NewTuple([]py.Value{py.None, py.NewStr(perr.msg), py.MakeInt(int64(perr.pos))}), nil
		}
		p = &prog{root: root, groups: groups, names: names, flags: outFlags, isBytes: isBytes, first: firstChar(root)}
		progMu.Lock()
		h = len(progs)
		progs = append(progs, p)
		handles[key] = h
		progMu.Unlock()
	}
	// groupindex lists names in group order, as 3.7's dict does.
	byIndex := make([]string, p.groups+1)
	for name, i := range p.names {
		byIndex[i] = name
	}
	names := py.NewDict()
	for i, name := range byIndex {
		if name == "" {
			continue
		}
		if err := names.SetItem(t, py.NewStr(name), py.MakeInt(int64(i))); err != nil {
			return py.Null, err
		}
	}
	return py.NewTuple([]py.Value{py.MakeInt(int64(h)), py.MakeInt(int64(p.flags)),
		py.MakeInt(int64(p.groups)), names.V()}), nil
}

func progOf(v py.Value) *prog {
	progMu.Lock()
	defer progMu.Unlock()
	return progs[v.Int()]
}

// result is (lastindex, start0, end0, start1, end1, ...), with None for
// no lastindex and -1 for a group that did not take part.
func result(caps []int, last int) py.Value {
	items := make([]py.Value, 1+len(caps))
	items[0] = py.None
	if last > 0 {
		items[0] = py.MakeInt(int64(last))
	}
	for i, c := range caps {
		items[i+1] = py.MakeInt(int64(c))
	}
	return py.NewTuple(items)
}

// runSafe turns the matcher's depth guard into a RecursionError.
func runSafe(p *prog, s []rune, pos, endpos, mode int, adv bool) (caps []int, last int, ok bool, err *py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			if _, deep := r.(tooDeep); !deep {
				panic(r)
			}
			err = py.Errorf(py.RecursionErrorType, "maximum recursion limit exceeded")
		}
	}()
	caps, last, ok = p.run(s, pos, endpos, mode, adv)
	return
}

// bounds reads pos and endpos, already clamped by re.py.
func bounds(a []py.Value) (int, int) { return int(a[2].Int()), int(a[3].Int()) }

// match(handle, string, pos, endpos, mode) -> result or None; mode is
// 0 match, 1 search, 2 fullmatch.
func match(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p := progOf(a[0])
	s, _ := text(a[1])
	pos, endpos := bounds(a)
	caps, last, ok, err := runSafe(p, s, pos, endpos, int(a[4].Int()), false)
	if err != nil || !ok {
		return py.None, err
	}
	return result(caps, last), nil
}

// scan(handle, string, pos, endpos, count) -> [result, ...]: successive
// non-overlapping matches, at most count of them when count > 0.
func scan(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p := progOf(a[0])
	s, _ := text(a[1])
	pos, endpos := bounds(a)
	count := int(a[4].Int())
	var out []py.Value
	adv := false
	for pos <= endpos && (count <= 0 || len(out) < count) {
		caps, last, ok, err := runSafe(p, s, pos, endpos, 1, adv)
		if err != nil {
			return py.Null, err
		}
		if !ok {
			break
		}
		out = append(out, result(caps, last))
		adv = caps[0] == caps[1]
		pos = caps[1]
	}
	return py.NewList(out), nil
}

// slice makes the str (or bytes) value of s[a:b].
func slice(s []rune, a, b int, isBytes bool) py.Value {
	if a < 0 {
		a, b = 0, 0
	}
	if isBytes {
		out := make([]byte, b-a)
		for i, r := range s[a:b] {
			out[i] = byte(r)
		}
		return py.NewBytes(out)
	}
	return py.NewStr(string(s[a:b]))
}

// findall(handle, string, pos, endpos) -> list, with findall's shape:
// whole matches with no groups, group 1 with one, tuples with more; a
// group that did not take part gives an empty string.
func findall(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	p := progOf(a[0])
	s, _ := text(a[1])
	isBytes := !py.IsStr(a[1])
	pos, endpos := bounds(a)
	var out []py.Value
	adv := false
	for pos <= endpos {
		caps, _, ok, err := runSafe(p, s, pos, endpos, 1, adv)
		if err != nil {
			return py.Null, err
		}
		if !ok {
			break
		}
		switch p.groups {
		case 0:
			out = append(out, slice(s, caps[0], caps[1], isBytes))
		case 1:
			out = append(out, slice(s, caps[2], caps[3], isBytes))
		default:
			items := make([]py.Value, p.groups)
			for g := range items {
				items[g] = slice(s, caps[2*g+2], caps[2*g+3], isBytes)
			}
			out = append(out, py.NewTuple(items))
		}
		adv = caps[0] == caps[1]
		pos = caps[1]
	}
	return py.NewList(out), nil
}
