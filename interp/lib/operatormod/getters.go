package operatormod

import (
	"strings"

	"github.com/bytepy/bytepy/interp/py"
)

// attrgetter holds each requested attribute as its dotted path, split
// and interned once so a call is a chain of lookups.
type attrgetter struct {
	py.Object
	names []string
	paths [][]*py.Str
}

type itemgetter struct {
	py.Object
	items []py.Value
}

type methodcaller struct {
	py.Object
	name   *py.Str
	args   []py.Value // positional, then keyword values
	kwargs []string
}

var (
	attrgetterType   = newType("attrgetter")
	itemgetterType   = newType("itemgetter")
	methodcallerType = newType("methodcaller")
)

func newType(name string) *py.Type {
	typ := py.NewType(name, py.ObjectType)
	typ.Module = "operator"
	typ.Init = func(t *py.Thread, self py.Value, args []py.Value, kw []string) *py.Exception { return nil }
	return typ
}

func init() {
	attrgetterType.New = newAttrgetter
	attrgetterType.Call = callAttrgetter
	attrgetterType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		g := py.AsPtr[attrgetter](v)
		parts := make([]py.Value, len(g.names))
		for i, n := range g.names {
			parts[i] = py.NewStr(n)
		}
		return reprCall(t, "operator.attrgetter", parts, nil, nil)
	}
	itemgetterType.New = newItemgetter
	itemgetterType.Call = callItemgetter
	itemgetterType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		return reprCall(t, "operator.itemgetter", py.AsPtr[itemgetter](v).items, nil, nil)
	}
	methodcallerType.New = newMethodcaller
	methodcallerType.Call = callMethodcaller
	methodcallerType.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		m := py.AsPtr[methodcaller](v)
		npos := len(m.args) - len(m.kwargs)
		pos := append([]py.Value{m.name.V()}, m.args[:npos]...)
		return reprCall(t, "operator.methodcaller", pos, m.kwargs, m.args[npos:])
	}
}

// reprCall spells name(repr(a), ..., k=repr(v), ...).
func reprCall(t *py.Thread, name string, pos []py.Value, kwnames []string, kwvals []py.Value) (string, *py.Exception) {
	var b strings.Builder
	b.WriteString(name + "(")
	for i, v := range pos {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.Repr(t, v)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	for i, k := range kwnames {
		if i > 0 || len(pos) > 0 {
			b.WriteString(", ")
		}
		r, err := py.Repr(t, kwvals[i])
		if err != nil {
			return "", err
		}
		b.WriteString(k + "=" + r)
	}
	b.WriteString(")")
	return b.String(), nil
}

func newAttrgetter(t *py.Thread, typ *py.Type, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "attrgetter() takes no keyword arguments")
	}
	if len(a) == 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "attrgetter expected 1 arguments, got 0")
	}
	g := &attrgetter{}
	g.SetType(typ)
	for _, v := range a {
		if !py.IsStr(v) {
			return py.Null, py.Errorf(py.TypeErrorType, "attribute name must be a string")
		}
		s := py.StrOf(v)
		g.names = append(g.names, s)
		var path []*py.Str
		for _, part := range strings.Split(s, ".") {
			path = append(path, py.Intern(part))
		}
		g.paths = append(g.paths, path)
	}
	return py.FromPtr(g), nil
}

func oneCallArg(name string, a []py.Value, kw []string) *py.Exception {
	if len(kw) > 0 {
		return py.Errorf(py.TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(a) != 1 {
		return py.Errorf(py.TypeErrorType, "%s expected 1 arguments, got %d", name, len(a))
	}
	return nil
}

func callAttrgetter(t *py.Thread, self py.Value, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := oneCallArg("attrgetter", a, kw); err != nil {
		return py.Null, err
	}
	g := py.AsPtr[attrgetter](self)
	get := func(path []*py.Str) (py.Value, *py.Exception) {
		v := a[0]
		for _, name := range path {
			var err *py.Exception
			if v, err = py.GetAttr(t, v, name); err != nil {
				return py.Null, err
			}
		}
		return v, nil
	}
	if len(g.paths) == 1 {
		return get(g.paths[0])
	}
	out := make([]py.Value, len(g.paths))
	for i, p := range g.paths {
		v, err := get(p)
		if err != nil {
			return py.Null, err
		}
		out[i] = v
	}
	return py.NewTuple(out), nil
}

func newItemgetter(t *py.Thread, typ *py.Type, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "itemgetter() takes no keyword arguments")
	}
	if len(a) == 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "itemgetter expected 1 arguments, got 0")
	}
	g := &itemgetter{items: append([]py.Value(nil), a...)}
	g.SetType(typ)
	return py.FromPtr(g), nil
}

func callItemgetter(t *py.Thread, self py.Value, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := oneCallArg("itemgetter", a, kw); err != nil {
		return py.Null, err
	}
	g := py.AsPtr[itemgetter](self)
	if len(g.items) == 1 {
		return py.GetItem(t, a[0], g.items[0])
	}
	out := make([]py.Value, len(g.items))
	for i, k := range g.items {
		v, err := py.GetItem(t, a[0], k)
		if err != nil {
			return py.Null, err
		}
		out[i] = v
	}
	return py.NewTuple(out), nil
}

func newMethodcaller(t *py.Thread, typ *py.Type, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a)-len(kw) < 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	if !py.IsStr(a[0]) {
		return py.Null, py.Errorf(py.TypeErrorType, "method name must be a string")
	}
	m := &methodcaller{name: py.Intern(py.StrOf(a[0])), args: append([]py.Value(nil), a[1:]...), kwargs: append([]string(nil), kw...)}
	m.SetType(typ)
	return py.FromPtr(m), nil
}

func callMethodcaller(t *py.Thread, self py.Value, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := oneCallArg("methodcaller", a, kw); err != nil {
		return py.Null, err
	}
	m := py.AsPtr[methodcaller](self)
	f, err := py.GetAttr(t, a[0], m.name)
	if err != nil {
		return py.Null, err
	}
	return py.Call(t, f, m.args, m.kwargs)
}
