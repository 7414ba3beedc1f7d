"""Higher-order functions and operations on callable objects.

bytepy's functools: reduce and the lru_cache wrapper are Go (_functools);
the rest is written here in Python.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch']

from _functools import reduce, _lru_cache_wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the assigned attributes, merge
    the updated dictionaries, and point __wrapped__ at wrapped."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            pass
        else:
            try:
                setattr(wrapper, name, value)
            except AttributeError:
                # bytepy's functions do not yet take a new __annotations__;
                # skipping it loses nothing the wrapper relies on.
                if name != '__annotations__':
                    raise
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so a __wrapped__ copied from wrapped's __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# total_ordering: for each root operation the class defines, how to build
# each missing one from it. Each derived method calls the root through the
# instance, passes NotImplemented through, and otherwise combines it with
# == or != exactly as the ordering laws require.

def _gt_from_lt(self, other, NotImplemented=NotImplemented):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _le_from_lt(self, other, NotImplemented=NotImplemented):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _ge_from_lt(self, other, NotImplemented=NotImplemented):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _ge_from_le(self, other, NotImplemented=NotImplemented):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _lt_from_le(self, other, NotImplemented=NotImplemented):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _gt_from_le(self, other, NotImplemented=NotImplemented):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _lt_from_gt(self, other, NotImplemented=NotImplemented):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other

def _ge_from_gt(self, other, NotImplemented=NotImplemented):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other

def _le_from_gt(self, other, NotImplemented=NotImplemented):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r

def _le_from_ge(self, other, NotImplemented=NotImplemented):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other

def _gt_from_ge(self, other, NotImplemented=NotImplemented):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other

def _lt_from_ge(self, other, NotImplemented=NotImplemented):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r

_derived = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    defined = [op for op in _derived
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # The preferred root is the first of __lt__, __le__, __gt__, __ge__
    # in that (reverse alphabetical) order.
    root = max(defined)
    for name, method in _derived[root]:
        if name not in defined:
            method.__name__ = name
            setattr(cls, name, method)
    return cls


class KeyWrapper(object):
    """What cmp_to_key returns: called with an object, it wraps it in a
    key that orders by the comparison function."""

    def __init__(self, cmp, obj=None):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    __hash__ = None


def cmp_to_key(mycmp):
    """Convert an old-style comparison function into a key function."""
    return KeyWrapper(mycmp)


class partial(object):
    """partial(func, *args, **keywords) - new function with partial
    application of the given arguments and keywords."""

    def __new__(*args, **keywords):
        if not args:
            raise TypeError("descriptor '__new__' of partial needs an argument")
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, *args = args
        if not callable(func):
            raise TypeError("the first argument must be callable")
        args = tuple(args)
        # A plain partial of a plain partial with no attributes of its own
        # collapses into one, as CPython's does.
        if cls is partial and type(func) is partial and len(vars(func)) == 3:
            args = func._partial_args + args
            keywords = dict(func._partial_keywords, **keywords)
            func = func._partial_func
        self = object.__new__(cls)
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = keywords
        return self

    def __call__(*args, **keywords):
        if not args:
            raise TypeError("descriptor '__call__' of partial needs an argument")
        self, *args = args
        if self._partial_keywords:
            keywords = dict(self._partial_keywords, **keywords)
        return self._partial_func(*self._partial_args, *args, **keywords)

    @property
    def func(self):
        return self._partial_func

    @property
    def args(self):
        return self._partial_args

    @property
    def keywords(self):
        return self._partial_keywords

    def __repr__(self):
        parts = [repr(self._partial_func)]
        parts.extend(repr(a) for a in self._partial_args)
        parts.extend('%s=%r' % kv for kv in self._partial_keywords.items())
        name = 'functools.partial' if type(self) is partial else type(self).__name__
        return '%s(%s)' % (name, ', '.join(parts))


class partialmethod(object):
    """Like partial, but a descriptor: the instance is bound first."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("partialmethod expected at least 1 positional argument")
        self, func, *args = args
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + tuple(args)
            self.keywords = dict(func.keywords, **keywords)
        else:
            self.func = func
            self.args = tuple(args)
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({}, {}, {})".format(type(self).__module__, type(self).__qualname__,
                                          self.func, args, keywords)

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                return partial(bound, *self.args, **self.keywords)
        outer = self

        def method(cls_or_self, *args, **keywords):
            keywords = dict(outer.keywords, **keywords)
            return outer.func(cls_or_self, *outer.args, *args, **keywords)
        method.__isabstractmethod__ = False
        method._partialmethod = self
        if obj is None:
            return method
        return partial(method, obj)


class CacheInfo(object):
    """CacheInfo(hits, misses, maxsize, currsize), the cache_info() result.

    It behaves as the named tuple CPython returns; it is not a tuple
    subclass because bytepy's tuple.__new__ cannot build subclass
    instances yet.
    """

    __slots__ = ('_values',)
    _fields = ('hits', 'misses', 'maxsize', 'currsize')

    def __init__(self, hits, misses, maxsize, currsize):
        self._values = (hits, misses, maxsize, currsize)

    hits = property(lambda self: self._values[0])
    misses = property(lambda self: self._values[1])
    maxsize = property(lambda self: self._values[2])
    currsize = property(lambda self: self._values[3])

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._values[index]

    def __eq__(self, other):
        if isinstance(other, type(self)):
            other = other._values
        return self._values == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._values

_CacheInfo = CacheInfo
del CacheInfo


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator: @lru_cache(maxsize=128, typed=False).

    maxsize=None makes the cache unbounded; typed=True caches arguments of
    different types separately. The wrapped function gains cache_info()
    and cache_clear().
    """
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected maxsize to be an integer or None')

    def decorating_function(user_function):
        wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
        return update_wrapper(wrapper, user_function)
    return decorating_function


def _find_impl(cls, registry):
    for base in cls.__mro__:
        if base in registry:
            return registry[base]
    return registry.get(object)


def singledispatch(func):
    """Single-dispatch generic function decorator: the implementation is
    chosen by the type of the first argument, along its MRO."""
    registry = {object: func}

    def dispatch(cls):
        return _find_impl(cls, registry)

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: register(cls, f)
            annotations = getattr(cls, '__annotations__', {})
            if not annotations:
                raise TypeError(
                    "Invalid first argument to `register()`: {!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function.".format(cls))
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(
                    "Invalid annotation for {!r}. {!r} is not a class.".format(argname, cls))
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('{} requires at least 1 positional argument'.format(funcname))
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
