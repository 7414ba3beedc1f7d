# bytepy's typing: the names annotations use (List[int], Dict[str, int],
# Optional, Union, Tuple, Callable, Any, TypeVar, Generic, NamedTuple, the
# collections.abc aliases, ...) with CPython 3.7's reprs, equality and
# error messages. Nothing here checks types; it only builds and shows the
# objects annotations are made of.
#
# There are three kinds of object. _SpecialForm is a bare marker (Any,
# Union, Optional, ClassVar, NoReturn) that may be subscripted. _GenericAlias
# is a generic type with arguments: List is a "special" alias (no
# arguments yet, of list), List[int] a subscripted one, and subscripting an
# alias whose arguments hold TypeVars substitutes them. Generic is the base
# class of user generics: Box[int] is an alias of Box. The aliases take
# part in class statements through __mro_entries__ (PEP 560), so
# `class Box(Generic[T])` and `class Names(List[str])` work.

import collections
import collections.abc
import functools
import sys
import types

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Generic', 'Optional', 'Tuple', 'Type',
    'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'Reversible', 'SupportsAbs', 'SupportsBytes',
    'SupportsComplex', 'SupportsFloat', 'SupportsInt', 'SupportsRound',
    'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'Set', 'FrozenSet',
    'NamedTuple', 'Generator', 'AnyStr', 'cast', 'get_type_hints', 'NewType',
    'no_type_check', 'no_type_check_decorator', 'NoReturn', 'overload',
    'Text', 'TYPE_CHECKING',
]


def _type_repr(obj):
    """How an argument shows inside an alias's repr."""
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg, is_argument=True):
    """Check that arg can stand for a type; None means type(None), a string
    a forward reference."""
    invalid = (Generic, _Protocol)
    if not is_argument:
        invalid = invalid + (ClassVar,)
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError(f"{arg} is not valid as type argument")
    if (isinstance(arg, _SpecialForm) and arg not in (Any, NoReturn)) or arg in (Generic, _Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if isinstance(arg, (type, TypeVar, ForwardRef)):
        return arg
    if not callable(arg):
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _collect_type_vars(types_):
    """The TypeVars in types_, in order of first appearance."""
    tvars = []
    for t in types_:
        if isinstance(t, TypeVar) and t not in tvars:
            tvars.append(t)
        if isinstance(t, _GenericAlias) and not t._special:
            tvars.extend(x for x in t.__parameters__ if x not in tvars)
    return tuple(tvars)


def _subs_tvars(tp, tvars, subs):
    """tp with each TypeVar of tvars replaced by the matching subs."""
    if isinstance(tp, TypeVar):
        for i, tv in enumerate(tvars):
            if tv == tp:
                return subs[i]
        return tp
    if not isinstance(tp, _GenericAlias) or not tp.__parameters__:
        return tp
    new_args = tuple(_subs_tvars(a, tvars, subs) for a in tp.__args__)
    if tp.__origin__ is Union:
        return Union[new_args]
    return tp.copy_with(new_args)


def _check_generic(cls, parameters):
    if not cls.__parameters__:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    elen = len(cls.__parameters__)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} parameters for {cls};"
                        f" actual {alen}, expected {elen}")


def _remove_dups_flatten(parameters):
    """Union's arguments: nested Unions flattened, repeats dropped."""
    params = []
    for p in parameters:
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            params.extend(p.__args__)
        elif isinstance(p, tuple) and len(p) > 0 and p[0] is Union:
            params.extend(p[1:])
        else:
            params.append(p)
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return tuple(out)


def _tp_cache(func):
    """Memoise subscriptions, so List[int] is List[int] (when hashable)."""
    cache = {}

    @functools.wraps(func)
    def inner(*args, **kwds):
        try:
            key = (args, tuple(sorted(kwds.items())))
            hit = cache.get(key)
            if hit is not None:
                return hit
            result = func(*args, **kwds)
            cache[key] = result
            return result
        except TypeError:
            pass  # unhashable arguments: no caching
        return func(*args, **kwds)
    return inner


class _Final:
    """Mixin: these classes cannot be subclassed."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _SpecialForm(_Final, _Immutable, _root=True):
    """The bare markers: Any, NoReturn, ClassVar, Union, Optional."""

    __slots__ = ('_name', '_doc')

    def __new__(cls, *args, **kwds):
        if (len(args) == 3 and isinstance(args[0], str) and
                isinstance(args[1], tuple)):
            raise TypeError(f"Cannot subclass {cls!r}")
        return super().__new__(cls)

    def __init__(self, name, doc):
        self._name = name
        self._doc = doc

    def __eq__(self, other):
        if not isinstance(other, _SpecialForm):
            return NotImplemented
        return self._name == other._name

    def __hash__(self):
        return hash((self._name,))

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, parameters):
        if self._name == 'ClassVar':
            item = _type_check(parameters, 'ClassVar accepts only single type.')
            return _GenericAlias(self, (item,))
        if self._name == 'Union':
            if parameters == ():
                raise TypeError("Cannot take a Union of no types.")
            if not isinstance(parameters, tuple):
                parameters = (parameters,)
            msg = "Union[arg, ...]: each arg must be a type."
            parameters = tuple(_type_check(p, msg) for p in parameters)
            parameters = _remove_dups_flatten(parameters)
            if len(parameters) == 1:
                return parameters[0]
            return _GenericAlias(self, parameters)
        if self._name == 'Optional':
            arg = _type_check(parameters, "Optional[t] requires a single type.")
            return Union[arg, type(None)]
        raise TypeError(f"{self} is not subscriptable")


Any = _SpecialForm('Any', doc="Special type indicating an unconstrained type.")
NoReturn = _SpecialForm('NoReturn', doc="Special type indicating functions that never return.")
ClassVar = _SpecialForm('ClassVar', doc="Special type construct to mark class variables.")
Union = _SpecialForm('Union', doc="Union type; Union[X, Y] means either X or Y.")
Optional = _SpecialForm('Optional', doc="Optional type.")


class ForwardRef(_Final, _root=True):
    """A type given as a string, to be evaluated later."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__')

    def __init__(self, arg, is_argument=True):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        try:
            code = compile(arg, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument

    def _evaluate(self, globalns, localns):
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            self.__forward_value__ = _type_check(
                eval(self.__forward_code__, globalns, localns),
                "Forward references must evaluate to types.",
                is_argument=self.__forward_is_argument__)
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_value__ == other.__forward_value__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_value__))

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'


class TypeVar(_Final, _Immutable, _root=True):
    """A type variable: T = TypeVar('T'); shown as ~T (+T covariant,
    -T contravariant)."""

    __slots__ = ('__name__', '__bound__', '__constraints__',
                 '__covariant__', '__contravariant__')

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None
        try:
            module = sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
        if module != 'typing':
            self.__module__ = module

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


# the names the bare aliases show, where they differ from their origin's
_ALIAS_NAMES = {'list': 'List', 'tuple': 'Tuple', 'dict': 'Dict', 'set': 'Set',
                'frozenset': 'FrozenSet', 'deque': 'Deque', 'defaultdict': 'DefaultDict',
                'type': 'Type', 'Set': 'AbstractSet'}


class _GenericAlias(_Final, _root=True):
    """A generic type, bare (List) or with arguments (List[int])."""

    def __init__(self, origin, params, *, inst=True, special=False, name=None):
        self._inst = inst
        self._special = special
        if special and name is None:
            name = _ALIAS_NAMES.get(origin.__name__, origin.__name__)
        self._name = name
        if not isinstance(params, tuple):
            params = (params,)
        self.__origin__ = origin
        self.__args__ = tuple(... if a is _TypingEllipsis else
                              () if a is _TypingEmpty else
                              a for a in params)
        self.__parameters__ = _collect_type_vars(params)
        if not name:
            self.__module__ = origin.__module__

    @_tp_cache
    def __getitem__(self, params):
        if self.__origin__ in (Generic, _Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params)
        return _subs_tvars(self, self.__parameters__, params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        if self._special:
            return head
        args = self.__args__
        if self._name == 'Callable' and not (len(args) == 2 and args[0] is ...):
            # Callable[[int, str], bool]: the argument types in a list
            shown = ', '.join(_type_repr(a) for a in args[:-1])
            return f'{head}[[{shown}], {_type_repr(args[-1])}]'
        return head + '[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        if self.__origin__ != other.__origin__:
            return False
        if self.__origin__ is Union and other.__origin__ is Union:
            return frozenset(self.__args__) == frozenset(other.__args__)
        return self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash((Union, frozenset(self.__args__)))
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        later = bases[bases.index(self) + 1:]
        if self._name:
            # List[int] as a base is list, plus Generic unless a later base
            # brings it
            entries = () if self.__origin__ in bases else (self.__origin__,)
            brings_generic = any(isinstance(b, _GenericAlias) or issubclass(b, Generic)
                                 for b in later)
            return entries if brings_generic else entries + (Generic,)
        if self.__origin__ is Generic and any(
                isinstance(b, _GenericAlias) and b is not self for b in later):
            return ()  # a later generic base will bring Generic
        return (self.__origin__,)

    def __getattr__(self, attr):
        # everything but dunders reads through to the origin (List.append)
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ('_name', '_inst', '_special'):
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if self._special:
            if not isinstance(cls, _GenericAlias):
                return issubclass(cls, self.__origin__)
            if cls._special:
                return issubclass(cls.__origin__, self.__origin__)
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __reduce__(self):
        if self._special:
            return self._name
        return type(self), (self.__origin__, self.__args__)


class _VariadicGenericAlias(_GenericAlias, _root=True):
    """Tuple and Callable, whose arguments are not a fixed list."""

    def __getitem__(self, params):
        if self._name == 'Callable' and self._special:
            if not isinstance(params, tuple) or len(params) != 2:
                raise TypeError("Callable must be used as "
                                "Callable[[arg, ...], result].")
            args, result = params
            if args is Ellipsis:
                params = (Ellipsis, result)
            else:
                if not isinstance(args, list):
                    raise TypeError(f"Callable[args, result]: args must be a list."
                                    f" Got {args}")
                params = (tuple(args), result)
            return self.__getitem_inner__(params)
        if self._name == 'Tuple' and self._special:
            return self.__tuple_item__(params)
        return super().__getitem__(params)

    @_tp_cache
    def __tuple_item__(self, params):
        if params == ():
            return self.copy_with((_TypingEmpty,))
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) == 2 and params[1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            p = _type_check(params[0], msg)
            return self.copy_with((p, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(p, msg) for p in params))

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        msg = "Callable[[arg, ...], result]: each arg must be a type."
        args = tuple(_type_check(arg, msg) for arg in args)
        return self.copy_with(args + (result,))


class _TypingEmpty:
    """Stands for the empty argument list of Tuple[()]."""


class _TypingEllipsis:
    """Stands for ... in Tuple[int, ...] and Callable[..., int]."""


class Generic:
    """Abstract base class for generic types: class Box(Generic[T])."""

    __slots__ = ()

    def __new__(cls, *args, **kwds):
        if cls is Generic:
            raise TypeError("Type Generic cannot be instantiated; "
                            "it can be used only as a base class")
        if super().__new__ is object.__new__ and cls.__init__ is not object.__init__:
            obj = super().__new__(cls)
        else:
            obj = super().__new__(cls, *args, **kwds)
        return obj

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError(
                f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if cls is Generic:
            if not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(
                    "Parameters to Generic[...] must all be type variables")
            if len(set(params)) != len(params):
                raise TypeError(
                    "Parameters to Generic[...] must all be unique")
        elif cls is _Protocol:
            pass
        else:
            _check_generic(cls, params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        written = cls.__dict__.get('__orig_bases__')
        if Generic in (cls.__bases__ if written is None else written) and (
                written is not None or cls.__name__ != '_Protocol'):
            raise TypeError("Cannot inherit from plain Generic")
        if written is None:
            cls.__parameters__ = ()
            return
        # the class's parameters: those of Generic[...] when it is among
        # the bases (and it must then list every TypeVar used), else every
        # TypeVar of the bases in order
        found = _collect_type_vars(written)
        declared = [b.__parameters__ for b in written
                    if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
        if len(declared) > 1:
            raise TypeError("Cannot inherit from Generic[...] multiple types.")
        if declared:
            missing = [t for t in found if t not in declared[0]]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in Generic[%s]" % (
                    ', '.join(str(t) for t in missing),
                    ', '.join(str(g) for g in declared[0])))
            found = declared[0]
        cls.__parameters__ = tuple(found)


class _Protocol(Generic):
    """Base of the Supports* classes: structural checks by attribute."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, other):
        attrs = [a for a in cls.__dict__ if not a.startswith('_')
                 or a in ('__int__', '__float__', '__complex__', '__bytes__',
                          '__abs__', '__round__', '__index__')]
        return all(any(a in b.__dict__ for b in other.__mro__) for a in attrs) or NotImplemented


def _alias(origin, params, inst=True):
    return _GenericAlias(origin, params, special=True, inst=inst)


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

_abc = collections.abc
Hashable = _alias(_abc.Hashable, ())
Awaitable = _alias(_abc.Awaitable, T_co)
Coroutine = _alias(_abc.Coroutine, (T_co, T_contra, V_co))
AsyncIterable = _alias(_abc.AsyncIterable, T_co)
AsyncIterator = _alias(_abc.AsyncIterator, T_co)
Iterable = _alias(_abc.Iterable, T_co)
Iterator = _alias(_abc.Iterator, T_co)
Reversible = _alias(_abc.Reversible, T_co)
Sized = _alias(_abc.Sized, ())
Container = _alias(_abc.Container, T_co)
Collection = _alias(_abc.Collection, T_co)
Callable = _VariadicGenericAlias(_abc.Callable, (), special=True)
AbstractSet = _alias(_abc.Set, T_co)
MutableSet = _alias(_abc.MutableSet, T)
Mapping = _alias(_abc.Mapping, (KT, VT_co))
MutableMapping = _alias(_abc.MutableMapping, (KT, VT))
Sequence = _alias(_abc.Sequence, T_co)
MutableSequence = _alias(_abc.MutableSequence, T)
ByteString = _alias(_abc.ByteString, ())
Tuple = _VariadicGenericAlias(tuple, (), inst=False, special=True)
List = _alias(list, T, inst=False)
Deque = _alias(collections.deque, T)
Set = _alias(set, T, inst=False)
FrozenSet = _alias(frozenset, T_co, inst=False)
MappingView = _alias(_abc.MappingView, T_co)
KeysView = _alias(_abc.KeysView, KT)
ItemsView = _alias(_abc.ItemsView, (KT, VT_co))
ValuesView = _alias(_abc.ValuesView, VT_co)
Dict = _alias(dict, (KT, VT), inst=False)
DefaultDict = _alias(collections.defaultdict, (KT, VT))
OrderedDict = _alias(collections.OrderedDict, (KT, VT))
Counter = _alias(collections.Counter, T)
ChainMap = _alias(collections.ChainMap, (KT, VT))
Generator = _alias(_abc.Generator, (T_co, T_contra, V_co))
AsyncGenerator = _alias(_abc.AsyncGenerator, (T_co, T_contra))
Type = _alias(type, CT_co, inst=False)

# aliases without a collections.abc counterpart here
ContextManager = _alias(object, T_co)
ContextManager._name = 'ContextManager'


class SupportsInt(_Protocol):
    __slots__ = ()

    def __int__(self):
        pass


class SupportsFloat(_Protocol):
    __slots__ = ()

    def __float__(self):
        pass


class SupportsComplex(_Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


class SupportsBytes(_Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


class SupportsIndex(_Protocol):
    __slots__ = ()

    def __index__(self):
        pass


class SupportsAbs(_Protocol[T_co]):
    __slots__ = ()

    def __abs__(self):
        pass


class SupportsRound(_Protocol[T_co]):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


Text = str
TYPE_CHECKING = False


def cast(typ, val):
    """Return the value unchanged: to the type checker, it is a typ."""
    return val


def NewType(name, tp):
    """A distinct type for the checker; at run time, the identity."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Mark a signature for the checker; the function itself is replaced."""
    return _overload_dummy


def no_type_check(arg):
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    else:
        arg.__no_type_check__ = True
    return arg


def no_type_check_decorator(decorator):
    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns)
    if isinstance(t, _GenericAlias):
        ev_args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        res = t.copy_with(ev_args)
        res._special = t._special
        return res
    return t


def get_type_hints(obj, globalns=None, localns=None):
    """The annotations of a class, module or function, strings evaluated
    (and, for a function, Optional[...] where the default is None)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = sys.modules[base.__module__].__dict__ if base.__module__ in sys.modules else {}
            else:
                base_globals = globalns
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False)
                hints[name] = _eval_type(value, base_globals, localns)
        return hints
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            globalns = getattr(obj, '__globals__', {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        if isinstance(obj, (type, types.ModuleType, types.FunctionType,
                            types.BuiltinFunctionType, types.MethodType)):
            return {}
        raise TypeError(f'{obj!r} is not a module, class, method, or function.')
    defaults = _get_defaults(obj)
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value)
        value = _eval_type(value, globalns, localns)
        if name in defaults and defaults[name] is None:
            value = Optional[value]
        hints[name] = value
    return hints


def _get_defaults(func):
    try:
        code = func.__code__
    except AttributeError:
        return {}
    names = code.co_varnames[:code.co_argcount]
    defaults = func.__defaults__ or ()
    out = dict(zip(names[len(names) - len(defaults):], defaults))
    if func.__kwdefaults__:
        out.update(func.__kwdefaults__)
    return out


def _make_nmtuple(name, types_):
    msg = "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type"
    types_ = [(n, _type_check(t, msg)) for n, t in types_]
    nm_tpl = collections.namedtuple(name, [n for n, t in types_])
    nm_tpl.__annotations__ = nm_tpl._field_types = collections.OrderedDict(types_)
    try:
        nm_tpl.__module__ = sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return nm_tpl


# attributes a NamedTuple class body may not set, and those it may set
# that the namedtuple machinery already provides
_prohibited = ('__new__', '__init__', '__slots__', '__getnewargs__',
               '_fields', '_field_defaults', '_field_types',
               '_make', '_replace', '_asdict', '_source')
_special = ('__module__', '__name__', '__qualname__', '__annotations__')


class NamedTupleMeta(type):
    """Turns a class body of annotated fields into a namedtuple class."""

    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        annotations = ns.get('__annotations__', {})
        result = _make_nmtuple(typename, annotations.items())
        defaults = {}
        for name in annotations:
            if name in ns:
                defaults[name] = ns[name]
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow "
                                "default field(s) %s" % (name, ', '.join(defaults)))
        try:
            result.__new__.__annotations__ = collections.OrderedDict(annotations)
        except AttributeError:
            pass  # bytepy's functions keep the annotations they were made with
        result.__new__.__defaults__ = tuple(defaults.values())
        result._field_defaults = defaults
        # methods and other attributes of the body go onto the class
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _special and key not in result._fields:
                setattr(result, key, value)
        return result


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed version of namedtuple: class Point(NamedTuple): x: int"""
    _root = True

    def __new__(self, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError("Either list of fields or keywords"
                            " can be provided to NamedTuple, not both")
        return _make_nmtuple(typename, fields)


class io:
    """Wrapper namespace for IO generic classes."""
    __all__ = ['IO', 'TextIO', 'BinaryIO']


IO = _alias(object, AnyStr)
IO._name = 'IO'
TextIO = _alias(object, ())
TextIO._name = 'TextIO'
BinaryIO = _alias(object, ())
BinaryIO._name = 'BinaryIO'
