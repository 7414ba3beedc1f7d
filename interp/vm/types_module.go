package vm

import (
	"github.com/bytepy/bytepy/interp/py"
)

// The types module: the interpreter's internal types under their public
// names, MappingProxyType (a read-only view of a mapping, written in Go)
// and, in Python run into the module at import, SimpleNamespace,
// new_class, prepare_class, resolve_bases, DynamicClassAttribute and
// coroutine.

// mappingProxy is types.MappingProxyType: reads go to the mapping.
type mappingProxy struct {
	py.Object
	m py.Value
}

var mappingProxyType = py.NewType("mappingproxy", py.ObjectType)

func proxied(v py.Value) py.Value { return py.AsPtr[mappingProxy](v).m }

func init() {
	mp := mappingProxyType
	mp.New = func(t *py.Thread, typ *py.Type, a []py.Value, kw []string) (py.Value, *py.Exception) {
		p, err := py.ParseArgs("mappingproxy", a, kw, []string{"mapping"}, 1)
		if err != nil {
			return py.Null, err
		}
		m := p[0]
		if py.IsList(m) || py.IsTuple(m) || m.Type().LookupS("__getitem__").IsNull() || m.Type().LookupS("keys").IsNull() {
			return py.Null, py.Errorf(py.TypeErrorType, "mappingproxy() argument must be a mapping, not %s", py.TypeName(m))
		}
		o := &mappingProxy{m: m}
		o.SetType(mappingProxyType)
		return py.FromPtr(o), nil
	}
	mp.Repr = func(t *py.Thread, v py.Value) (string, *py.Exception) {
		r, err := py.Repr(t, proxied(v))
		return "mappingproxy(" + r + ")", err
	}
	mp.Str = func(t *py.Thread, v py.Value) (string, *py.Exception) { return py.Str_(t, proxied(v)) }
	mp.GetItem = func(t *py.Thread, v, k py.Value) (py.Value, *py.Exception) { return py.GetItem(t, proxied(v), k) }
	mp.Len = func(t *py.Thread, v py.Value) (int, *py.Exception) { return py.Len(t, proxied(v)) }
	mp.Iter = func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return py.Iter(t, proxied(v)) }
	mp.Contains = func(t *py.Thread, v, k py.Value) (bool, *py.Exception) { return py.Contains(t, proxied(v), k) }
	mp.Compare = func(t *py.Thread, a, b py.Value, op int) (py.Value, *py.Exception) {
		return py.RichCompare(t, proxied(a), b, op)
	}
	mp.Hash = nil
	forward := func(name string) {
		py.AddMethod(mp, name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			f, err := py.GetAttrS(t, proxied(a[0]), name)
			if err != nil {
				return py.Null, err
			}
			return py.Call(t, f, a[1:], kw)
		})
	}
	for _, n := range []string{"get", "keys", "values", "items", "copy"} {
		forward(n)
	}
	py.ExposeSlots(mp)
	RegisterModule("types", initTypesModule)
}

func initTypesModule(it *Interp, m *py.Module) error {
	set := func(name string, typ *py.Type) { m.Dict.SetStr(name, typ.V()) }
	set("FunctionType", py.FunctionType)
	set("LambdaType", py.FunctionType)
	set("MethodType", py.MethodType)
	set("BuiltinFunctionType", py.BuiltinType)
	set("BuiltinMethodType", py.BuiltinType)
	// methods of built-in types are builtin_function_or_method here
	set("MethodDescriptorType", py.MethodDescrType)
	set("WrapperDescriptorType", py.WrapperDescrType)
	set("MethodWrapperType", py.MethodWrapperType)
	set("ClassMethodDescriptorType", py.ClassMethodDescrType)
	set("GetSetDescriptorType", py.GetSetType)
	set("MemberDescriptorType", py.MemberType)
	set("CodeType", py.CodeType)
	set("GeneratorType", generatorType)
	set("ModuleType", py.ModuleType)
	set("FrameType", py.FrameType)
	set("TracebackType", py.TracebackType)
	set("MappingProxyType", mappingProxyType)
	set("CoroutineType", coroutineType)
	set("AsyncGeneratorType", asyncGenType)
	m.Dict.SetStr("_make_iterable_coroutine", py.NewBuiltin("_make_iterable_coroutine", markIterableCoroutine))
	co, exc := compileSource([]byte(typesModuleSource), "<frozen types>", "exec", 0, -1)
	if exc != nil {
		return &PyError{Exc: exc, t: it.th.pt}
	}
	if _, exc := it.th.runCode(co, m.Dict, m.Dict); exc != nil {
		return &PyError{Exc: exc, t: it.th.pt}
	}
	return nil
}

// typesModuleSource is the part of types written in Python.
const typesModuleSource = `

class SimpleNamespace:
    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return name + '(...)'
        _repr_running.add(key)
        try:
            parts = ['%s=%r' % (k, self.__dict__[k]) for k in sorted(self.__dict__)]
        finally:
            _repr_running.discard(key)
        return name + '(' + ', '.join(parts) + ')'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __reduce__(self):
        return (type(self), (), self.__dict__)

_repr_running = set()

def resolve_bases(bases):
    out = []
    changed = False
    for b in bases:
        if not isinstance(b, type) and hasattr(b, '__mro_entries__'):
            entries = b.__mro_entries__(bases)
            if not isinstance(entries, tuple):
                raise TypeError('__mro_entries__ must return a tuple')
            out.extend(entries)
            changed = True
        else:
            out.append(b)
    return tuple(out) if changed else bases

def _most_derived_meta(meta, bases):
    for b in bases:
        bm = type(b)
        if issubclass(meta, bm):
            continue
        if issubclass(bm, meta):
            meta = bm
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be '
                        'a (non-strict) subclass of the metaclasses of all its bases')
    return meta

def prepare_class(name, bases=(), kwds=None):
    kwds = {} if kwds is None else dict(kwds)
    meta = kwds.pop('metaclass', None)
    if meta is None:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _most_derived_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds

def new_class(name, bases=(), kwds=None, exec_body=None):
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    if '__module__' not in ns:
        ns['__module__'] = 'types'
    return meta(name, resolved, ns, **kwds)

class DynamicClassAttribute:
    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)

def coroutine(func):
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    if type(func) is FunctionType and func.__code__.co_flags & 0x20:
        # a generator function: its generators may be awaited
        _make_iterable_coroutine(func)
    return func

`
