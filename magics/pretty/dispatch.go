package pretty

import (
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/bytepy/bytepy/interp/py"
)

// printFn is a printer for one kind of object (IPython's pprinter
// functions: obj, p, cycle).
type printFn func(p *Printer, v py.Value, cycle bool) *py.Exception

// typePrinters is _type_pprinters: printers chosen by a class in the MRO.
var typePrinters map[*py.Type]printFn

// namedPrinters is _deferred_type_pprinters: printers for classes known by
// module and name, so collections need not be loaded.
var namedPrinters map[[2]string]printFn

// printersOnce makes the two tables on first use: only the kernel pretty
// prints, and every `bytepy run` would otherwise build them at start-up.
var printersOnce sync.Once

func initPrinters() {
	namedPrinters = map[[2]string]printFn{
		{"collections", "defaultdict"}: defaultdictPrint,
		{"collections", "OrderedDict"}: ordereddictPrint,
		{"collections", "deque"}:       dequePrint,
		{"collections", "Counter"}:     counterPrint,
		{"collections", "UserList"}:    userlistPrint,
		{"types", "SimpleNamespace"}:   namespacePrint,
	}
	typePrinters = map[*py.Type]printFn{
		py.IntType:           reprPrint,
		py.FloatType:         floatPrint,
		py.StrType:           reprPrint,
		py.TupleType:         seqPrinter("(", ")"),
		py.ListType:          seqPrinter("[", "]"),
		py.DictType:          dictPrinter("{", "}"),
		py.SetType:           setPrinter("{", "}"),
		py.FrozenSetType:     setPrinter("frozenset({", "})"),
		py.TypeType:          typePrint,
		py.SuperType:         superPrint,
		py.FunctionType:      functionPrint,
		py.BuiltinType:       functionPrint,
		py.MethodType:        methodPrint,
		py.SliceType:         reprPrint,
		py.RangeType:         reprPrint,
		py.BytesType:         reprPrint,
		py.BaseExceptionType: exceptionPrint,
	}
}

func (p *Printer) onStack(v py.Value) bool {
	for _, x := range p.stack {
		if x == v {
			return true
		}
	}
	return false
}

// pretty is RepresentationPrinter.pretty: every object is its own group.
func (p *Printer) pretty(v py.Value) *py.Exception {
	cycle := p.onStack(v)
	p.stack = append(p.stack, v)
	p.beginGroup(0, "")
	err := p.dispatch(v, cycle)
	p.endGroup(0, "")
	p.stack = p.stack[:len(p.stack)-1]
	return err
}

func (p *Printer) dispatch(v py.Value, cycle bool) *py.Exception {
	printersOnce.Do(initPrinters)
	if v.IsNone() || v.IsBool() || v == py.Ellipsis || v.IsNotImplemented() {
		return reprPrint(p, v, cycle)
	}
	for _, cls := range v.Type().MRO {
		if f, ok := typePrinters[cls]; ok {
			return f(p, v, cycle)
		}
		if f, ok := namedPrinters[[2]string{cls.Module, cls.Name}]; ok {
			return f(p, v, cycle)
		}
		if m, ok := cls.Dict().GetStr("_repr_pretty_"); ok && py.Callable(m) {
			return p.callReprPretty(cls, v, cycle)
		}
		if ownRepr(cls) {
			return reprPrint(p, v, cycle)
		}
	}
	return defaultPrint(p, v, cycle)
}

// ownRepr is `callable(cls.__dict__.get('__repr__'))` for a class other
// than object. A built-in type's dict also lists the slots it inherited,
// so for those a repr counts as its own only if it differs from its
// base's (Exception uses BaseException's, as in CPython).
func ownRepr(cls *py.Type) bool {
	if cls == py.ObjectType {
		return false
	}
	if cls.User {
		m, ok := cls.Dict().GetStr("__repr__")
		return ok && py.Callable(m)
	}
	if cls.Repr == nil {
		return false
	}
	if len(cls.Bases) == 0 || cls.Bases[0].Repr == nil {
		return true
	}
	return reflect.ValueOf(cls.Repr).Pointer() != reflect.ValueOf(cls.Bases[0].Repr).Pointer()
}

// callReprPretty calls cls._repr_pretty_(obj, printer, cycle).
func (p *Printer) callReprPretty(cls *py.Type, v py.Value, cycle bool) *py.Exception {
	m, err := py.GetAttrS(p.t, cls.V(), "_repr_pretty_")
	if err != nil {
		return err
	}
	_, err = py.Call(p.t, m, []py.Value{v, p.pyValue(), py.MakeBool(cycle)}, nil)
	return err
}

// reprPrint is _repr_pprint: repr, with its lines joined by explicit
// breaks so a multi-line repr keeps its indentation.
func reprPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	s, err := py.Repr(p.t, v)
	if err != nil {
		return err
	}
	p.reprText(s)
	return nil
}

func (p *Printer) reprText(s string) {
	p.beginGroup(0, "")
	for i, line := range splitLines(s) {
		if i > 0 {
			p.forceBreak()
		}
		p.text(line)
	}
	p.endGroup(0, "")
}

// splitLines is str.splitlines for the line ends a repr can hold.
func splitLines(s string) []string {
	var out []string
	for len(s) > 0 {
		i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
		if i < 0 {
			out = append(out, s)
			break
		}
		out = append(out, s[:i])
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "\r\n"):
			s = rest[2:]
		default:
			_, n := firstRune(rest)
			s = rest[n:]
		}
	}
	return out
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

// floatPrint is repr, or the %precision format the formatter installs.
func floatPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	if p.floatFormat == "" {
		return reprPrint(p, v, cycle)
	}
	s, err := py.PercentFormat(p.t, p.floatFormat, v)
	if err != nil {
		return err
	}
	p.text(s)
	return nil
}

// defaultPrint is _default_pprint for an object whose class has no repr
// but object's: <module.Class at 0x...>.
func defaultPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	p.beginGroup(1, "<")
	if err := p.pretty(v.Type().V()); err != nil {
		return err
	}
	p.text(fmt.Sprintf(" at %#x", py.IDOf(v)))
	if cycle {
		p.text(" ...")
	}
	p.endGroup(1, ">")
	return nil
}

// seqPrinter is _seq_pprinter_factory: items one per line under the
// opening bracket when they don't fit, and the 1-tuple's comma.
func seqPrinter(open, close string) printFn {
	return func(p *Printer, v py.Value, cycle bool) *py.Exception {
		if cycle {
			p.text(open + "..." + close)
			return nil
		}
		var items []py.Value
		if py.IsTuple(v) {
			items = py.AsTuple(v)
		} else {
			items = py.AsList(v).Items()
		}
		items = append([]py.Value(nil), items...)
		step := width(open)
		p.beginGroup(step, open)
		if err := p.items(items); err != nil {
			return err
		}
		if len(items) == 1 && py.IsTuple(v) {
			p.text(",")
		}
		p.endGroup(step, close)
		return nil
	}
}

// items prints a comma-separated run, cut at max_seq_length.
func (p *Printer) items(items []py.Value) *py.Exception {
	for i, x := range items {
		if p.overLimit(i) {
			return nil
		}
		if i > 0 {
			p.text(",")
			p.breakable(" ")
		}
		if err := p.pretty(x); err != nil {
			return err
		}
	}
	return nil
}

// setPrinter is _set_pprinter_factory: sorted when the items allow it
// (else by str, else as stored), and `set()` for the empty set.
func setPrinter(open, close string) printFn {
	return func(p *Printer, v py.Value, cycle bool) *py.Exception {
		if cycle {
			p.text(open + "..." + close)
			return nil
		}
		s := py.AsSet(v)
		if s.Len() == 0 {
			p.text(v.Type().Name + "()")
			return nil
		}
		items := s.Items()
		if !(p.maxSeq > 0 && len(items) >= p.maxSeq) {
			items = sortedForPrint(p.t, items)
		}
		step := width(open)
		p.beginGroup(step, open)
		if err := p.items(items); err != nil {
			return err
		}
		p.endGroup(step, close)
		return nil
	}
}

// sortedForPrint is _sorted_for_pprint.
func sortedForPrint(t *py.Thread, items []py.Value) []py.Value {
	a := append([]py.Value(nil), items...)
	if py.SortValues(t, a, py.Null, false) == nil {
		return a
	}
	b := append([]py.Value(nil), items...)
	if py.SortValues(t, b, py.StrType.V(), false) == nil {
		return b
	}
	return items
}

// dictPrinter is _dict_pprinter_factory: insertion order, key: value.
func dictPrinter(open, close string) printFn {
	return func(p *Printer, v py.Value, cycle bool) *py.Exception {
		if cycle {
			p.text("{...}")
			return nil
		}
		d := py.AsDict(v)
		keys := d.Keys()
		step := width(open)
		p.beginGroup(step, open)
		for i, k := range keys {
			if p.overLimit(i) {
				break
			}
			if i > 0 {
				p.text(",")
				p.breakable(" ")
			}
			if err := p.pretty(k); err != nil {
				return err
			}
			p.text(": ")
			x, err := py.GetItem(p.t, v, k)
			if err != nil {
				return err
			}
			if err := p.pretty(x); err != nil {
				return err
			}
		}
		p.endGroup(step, close)
		return nil
	}
}

// superPrint is _super_pprint: <super: Class, obj>.
func superPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	s := py.AsPtr[py.Super](v)
	p.beginGroup(8, "<super: ")
	if err := p.pretty(s.Typ.V()); err != nil {
		return err
	}
	p.text(",")
	p.breakable(" ")
	obj := s.Obj
	if obj.IsNull() {
		obj = py.None
	}
	if err := p.pretty(obj); err != nil {
		return err
	}
	p.endGroup(8, ">")
	return nil
}

// typePrint is _type_pprint: builtins by name, others module.qualname,
// unless the metaclass has a __repr__ of its own.
func typePrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	for _, m := range v.Type().MRO {
		if _, ok := m.Dict().GetStr("__repr__"); ok {
			if m != py.TypeType {
				return reprPrint(p, v, cycle)
			}
			break
		}
	}
	typ := py.AsType(v)
	name := typ.Qualname
	if name == "" {
		name = typ.Name
	}
	switch typ.Module {
	case "", "builtins", "__builtin__", "exceptions":
		p.text(name)
	default:
		p.text(typ.Module + "." + name)
	}
	return nil
}

// exceptionPrint is _exception_pprint: the exception as a call of its
// class on its args.
func exceptionPrint(p *Printer, v py.Value, cycle bool) *py.Exception {
	typ := v.Type()
	name := typ.Qualname
	if typ.Module != "builtins" && typ.Module != "exceptions" && typ.Module != "" {
		name = typ.Module + "." + name
	}
	var args []arg
	for _, a := range py.AsException(v).ArgsSlice() {
		args = append(args, arg{v: a})
	}
	return p.callExpr(name, args)
}

// arg is an argument of a printed call expression: a value, raw text, or
// name=value.
type arg struct {
	name string
	v    py.Value
	raw  string
}

// callExpr is CallExpression._repr_pretty_: name(arg, ..., kw=value)
// with the arguments aligned after the parenthesis when it wraps.
func (p *Printer) callExpr(name string, args []arg) *py.Exception {
	// CallExpression is itself an object that p.pretty enters as a group.
	p.beginGroup(0, "")
	defer p.endGroup(0, "")
	prefix := name + "("
	p.beginGroup(width(prefix), prefix)
	for i, a := range args {
		if i > 0 {
			p.text(",")
			p.breakable(" ")
		}
		if a.raw != "" {
			p.beginGroup(0, "")
			p.text(a.raw)
			p.endGroup(0, "")
			continue
		}
		if a.name != "" {
			ap := a.name + "="
			p.beginGroup(width(ap), ap)
			if err := p.pretty(a.v); err != nil {
				return err
			}
			p.endGroup(width(ap), "")
			continue
		}
		if err := p.pretty(a.v); err != nil {
			return err
		}
	}
	p.endGroup(width(prefix), ")")
	return nil
}
