# bytepy's dataclasses: the @dataclass decorator and its helpers, with
# CPython 3.7's generated methods, reprs and error messages.
#
# The decorator reads the class's __annotations__ (after those of any
# dataclass bases) into Field objects, then adds the methods the options
# ask for. __init__ is generated as source text and exec'd, as CPython
# does, so that it has a real signature: a wrong call fails with the
# ordinary "__init__() missing 1 required positional argument: 'y'". The
# other methods are closures over the field list.

import sys
import copy
import types
import keyword

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass',
           'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class _InitVarMeta(type):
    def __getitem__(self, params):
        return self


class InitVar(metaclass=_InitVarMeta):
    pass


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash',
                 'init', 'compare', 'metadata', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None or len(metadata) == 0
                         else types.MappingProxyType(metadata))
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # a default that is a descriptor learns its name too
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata)


def _is_classvar(a_type):
    typing = sys.modules.get('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar or
            (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar))


def _is_string_kind(annotation, name):
    # a string annotation names ClassVar/InitVar by spelling
    if not isinstance(annotation, str):
        return False
    head = annotation.strip().split('[', 1)[0].strip()
    return head == name or head.endswith('.' + name)


def _get_field(cls, a_name, a_type):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, types.MemberDescriptorType):
            default = MISSING  # a __slots__ entry, not a default
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(a_type) or (_is_string_kind(a_type, 'ClassVar') and 'typing' in sys.modules):
        f._field_type = _FIELD_CLASSVAR
    elif a_type is InitVar or _is_string_kind(a_type, 'InitVar'):
        f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')
    if f._field_type is _FIELD and isinstance(f.default, (list, dict, set)):
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # a method the class defines itself wins
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _make_init(fields, frozen, has_post_init, self_name, cls):
    seen_default = False
    for f in fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    env = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
           '_object_setattr': object.__setattr__}
    params = []
    for f in fields:
        if not f.init:
            continue
        env[f'_type_{f.name}'] = f.type
        if f.default_factory is not MISSING:
            params.append(f'{f.name}:_type_{f.name}=_HAS_DEFAULT_FACTORY')
        elif f.default is not MISSING:
            params.append(f'{f.name}:_type_{f.name}=_dflt_{f.name}')
            env[f'_dflt_{f.name}'] = f.default
        else:
            params.append(f'{f.name}:_type_{f.name}')
    body = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        dflt = f'_dflt_{f.name}'
        if f.default_factory is not MISSING:
            env[dflt] = f.default_factory
            if f.init:
                value = f'{dflt}() if {f.name} is _HAS_DEFAULT_FACTORY else {f.name}'
            else:
                value = f'{dflt}()'
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            body.append(f'_object_setattr({self_name},{f.name!r},{value})')
        else:
            body.append(f'{self_name}.{f.name}={value}')
    if has_post_init:
        args = ','.join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{self_name}.{_POST_INIT_NAME}({args})')
    if not body:
        body = ['pass']
    env['_return_type'] = None
    src = (f'def __init__({",".join([self_name] + params)})->_return_type:\n' +
           ''.join(f'  {line}\n' for line in body))
    exec(src, env)
    fn = env['__init__']
    fn.__qualname__ = '__create_fn__.<locals>.__init__'
    return fn


def _make_repr(fields, cls):
    shown = [f for f in fields if f.repr]
    running = set()

    def __repr__(self):
        key = (id(self),)
        if key in running:
            return '...'
        running.add(key)
        try:
            inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
            return f'{self.__class__.__qualname__}({inner})'
        finally:
            running.discard(key)
    __repr__.__qualname__ = '__create_fn__.<locals>.__repr__'
    return __repr__


def _make_compare(name, op, fields, cls):
    names = [f.name for f in fields if f.compare]

    def key(obj):
        return tuple(getattr(obj, n) for n in names)

    def method(self, other):
        if other.__class__ is self.__class__:
            return op(key(self), key(other))
        return NotImplemented
    method.__name__ = name
    method.__qualname__ = f'__create_fn__.<locals>.{name}'
    return method


def _make_hash(fields, cls):
    names = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, n) for n in names))
    __hash__.__qualname__ = '__create_fn__.<locals>.__hash__'
    return __hash__


def _frozen_methods(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    for fn in (__setattr__, __delattr__):
        fn.__qualname__ = f'__create_fn__.<locals>.{fn.__name__}'
        if _set_new_attribute(cls, fn.__name__, fn):
            raise TypeError(f'Cannot overwrite attribute {fn.__name__} '
                            f'in class {cls.__name__}')


def _hash_action(cls, fields, unsafe_hash, eq, frozen, has_explicit_hash):
    # the table of CPython's _hash_action: when to add, keep or drop __hash__
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        return _make_hash(fields, cls)
    if not eq:
        return MISSING
    if frozen:
        return MISSING if has_explicit_hash else _make_hash(fields, cls)
    return MISSING if has_explicit_hash else None


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    annotations = cls.__dict__.get('__annotations__', {})
    own = [_get_field(cls, name, tp) for name, tp in annotations.items()]
    for f in own:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type is _FIELD]

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        self_name = '__dataclass_self__' if 'self' in fields else 'self'
        init_fields = [f for f in all_fields if f._field_type in (_FIELD, _FIELD_INITVAR)]
        _set_new_attribute(cls, '__init__',
                           _make_init(init_fields, frozen, has_post_init, self_name, cls))

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(real, cls))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_compare('__eq__', lambda a, b: a == b, real, cls))

    if order:
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _set_new_attribute(cls, name, _make_compare(name, op, real, cls)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        _frozen_methods(cls, tuple(f.name for f in real))

    action = _hash_action(cls, real, unsafe_hash, eq, frozen, has_explicit_hash)
    if action is not MISSING:
        cls.__hash__ = action

    if not getattr(cls, '__doc__'):
        try:
            import inspect
            sig = str(inspect.signature(cls)).replace(' -> None', '')
        except Exception:
            sig = '(' + ', '.join(_doc_param(f) for f in all_fields
                                  if f._field_type in (_FIELD, _FIELD_INITVAR)) + ')'
        cls.__doc__ = cls.__name__ + sig
    return cls


def _doc_param(f):
    # how inspect.signature would show the parameter in the class's __doc__
    if isinstance(f.type, type):
        ann = f.type.__name__ if f.type.__module__ == 'builtins' else (
            f.type.__module__ + '.' + f.type.__qualname__)
    else:
        ann = repr(f.type)
        if getattr(f.type, '__module__', None) == 'typing':
            ann = ann.replace('typing.', '')
    text = f'{f.name}: {ann}'
    if f.default_factory is not MISSING:
        text += ' = <factory>'
    elif f.default is not MISSING:
        text += f' = {f.default!r}'
    return text


def dataclass(_cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)
    if _cls is None:
        return wrap
    return wrap(_cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or instance, in order."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """A dict of the instance's fields, recursing into dataclasses,
    lists, tuples and dicts; other values are deep-copied."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory))
                             for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """A tuple of the instance's fields, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory)
                              for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False, frozen=False):
    """Make a dataclass from a name and a list of fields."""
    namespace = {} if namespace is None else namespace.copy()
    seen = set()
    anns = {}
    for item in fields:
        if isinstance(item, str):
            name, tp = item, 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            namespace[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        anns[name] = tp
    namespace['__annotations__'] = anns
    cls = types.new_class(cls_name, bases, {}, lambda ns: ns.update(namespace))
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen)


def replace(obj, **changes):
    """A new instance of obj's class with the given fields changed."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR:
                raise ValueError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
