"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)        # make a shallow copy of y
        x = copy.deepcopy(y)    # make a deep copy of y

For module specific errors, copy.Error is raised.
"""

# Built-in containers are copied by type. A user object that defines
# __copy__ / __deepcopy__, or its own __reduce_ex__ / __reduce__, is
# copied through them as in CPython; otherwise it is rebuilt the way
# object.__reduce_ex__(4) would describe it — cls.__new__(cls, *newargs),
# then the state from __getstate__() or the instance __dict__ (and slot
# values), given to __setstate__ or put back into the new __dict__ —
# without going through copyreg.


class Error(Exception):
    pass


error = Error   # backward compatibility

__all__ = ["Error", "copy", "deepcopy"]


def _function():
    pass


class _C:
    def _m(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_C()._m)
_CodeType = type(_function.__code__)
_BuiltinFunctionType = type(len)
del _function, _C

# Values that are their own deep copy; a shallow copy also keeps the
# other immutable kinds.
_atomic = {type(None), int, float, bool, complex, str, bytes, type,
           _BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           _FunctionType, property, _CodeType}
_immutable = _atomic | {tuple, frozenset, range, slice}


def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    if cls in _immutable:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif cls in _atomic or issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # Keep x alive while memo holds its id, so the id is not reused.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    for a in x:
        y.append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple inside a cycle may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_set(x, memo):
    return type(x)([deepcopy(a, memo) for a in x])


def _deepcopy_bytearray(x, memo):
    return bytearray(x)


def _deepcopy_method(x, memo):
    self = deepcopy(x.__self__, memo)
    # Bind by lookup when that finds the same function: bytepy's method
    # type cannot be called to make a bound method yet.
    bound = getattr(self, getattr(x.__func__, '__name__', ''), None)
    if getattr(bound, '__func__', None) is x.__func__:
        return bound
    return type(x)(x.__func__, self)


_deepcopy_dispatch = {
    list: _deepcopy_list,
    tuple: _deepcopy_tuple,
    dict: _deepcopy_dict,
    set: _deepcopy_set,
    frozenset: _deepcopy_set,
    bytearray: _deepcopy_bytearray,
    _MethodType: _deepcopy_method,
}


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _own(cls, name):
    # The class's own (non-object, non-builtin) definition of name.
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return klass.__dict__[name]
    return None


def _reduce(x, cls, message):
    # What __reduce_ex__(4) would give: (callable, args, state, listitems,
    # dictitems). A string result means "x is returned as is".
    for name in ("__reduce_ex__", "__reduce__"):
        if _own(cls, name) is not None:
            rv = getattr(x, name)(4) if name == "__reduce_ex__" else getattr(x, name)()
            if isinstance(rv, str):
                return rv
            if not isinstance(rv, tuple) or not 2 <= len(rv) <= 5:
                raise Error(message % cls)
            return tuple(rv) + (None,) * (5 - len(rv))
    if cls is range or cls is slice:
        return (cls, (x.start, x.stop, x.step), None, None, None)
    if isinstance(x, BaseException):
        state = x.__dict__ or None
        return (cls, x.args, state, None, None)
    if cls is not object and not hasattr(x, '__dict__') and not _slot_names(cls) \
            and getattr(cls, '__module__', 'builtins') == 'builtins':
        # A built-in object with no state to rebuild it from.
        raise TypeError("can't pickle %s objects" % cls.__name__)
    newargs = ()
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        newargs = tuple(getnewargs())
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None:
        state = getstate()
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            if name in ('__dict__', '__weakref__'):
                continue
            if state is not None and name in state:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    listitems = iter(x) if isinstance(x, list) else None
    dictitems = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, (set, frozenset)):
        newargs = newargs or (list(x),)
        return (_new_from, (cls,) + newargs, state, None, None)
    return (_new_from, (cls,) + newargs, state, listitems, dictitems)


def _new_from(cls, *args):
    return cls.__new__(cls, *args)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (klass.__name__.lstrip('_'), name)
            names.append(name)
    return names


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y
