# bytepy's collections: the container types built on dict and tuple.
# deque and the tuple constructor namedtuple classes need are in Go
# (_collections); everything else is small enough to read here.

from _collections import deque, _tuple_new, _count_elements
import collections.abc as _abc

__all__ = ['deque', 'defaultdict', 'namedtuple', 'OrderedDict', 'Counter',
           'ChainMap', 'UserDict', 'UserList', 'UserString']

_kwlist = frozenset((
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'))


class defaultdict(dict):
    """defaultdict(default_factory[, ...]) --> dict with default factory"""

    def __init__(self, *args, **kwargs):
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable or None')
            args = args[1:]
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        f = self.default_factory
        # a factory that is this very dict would recurse forever
        fr = '...' if f is self else repr(f)
        return 'defaultdict(%s, %s)' % (fr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return (type(self), (self.default_factory,), None, None,
                iter(self.items()))


class OrderedDict(dict):
    'Dictionary that remembers insertion order'

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        self.update(*args, **kwds)

    def update(self, *args, **kwds):
        if args:
            other = args[0]
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwds.items():
            self[k] = v

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(list(dict.keys(self))))
        else:
            key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def __reversed__(self):
        return reversed(list(dict.keys(self)))

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def __reduce__(self):
        return (self.__class__, (list(self.items()),))


class odict_keys(_abc.KeysView):
    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.keys(self._mapping)))

    def __repr__(self):
        return 'odict_keys(%r)' % list(self)


class odict_values(_abc.ValuesView):
    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.values(self._mapping)))

    def __repr__(self):
        return 'odict_values(%r)' % list(self)


class odict_items(_abc.ItemsView):
    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(list(dict.items(self._mapping)))

    def __repr__(self):
        return 'odict_items(%r)' % list(self)


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new subclass of tuple with named fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or name in _kwlist
                    or name.startswith('_') or name in seen):
                field_names[i] = '_%d' % i
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _kwlist:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    fields = tuple(field_names)
    nfields = len(fields)
    arglist = ', '.join(fields)
    if nfields == 1:
        arglist_tuple = arglist + ','
    else:
        arglist_tuple = arglist
    shape = '(' + ', '.join('%s=%%r' % f for f in fields) + ')'

    ns = {'_tuple_new': _tuple_new, '__name__': 'namedtuple_' + typename}
    exec('def __new__(_cls, %s):\n    return _tuple_new(_cls, (%s))\n'
         % (arglist, arglist_tuple), ns)
    new = ns['__new__']
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, arglist)
    if defaults:
        new.__defaults__ = defaults

    def _make(cls, iterable):
        result = _tuple_new(cls, iterable)
        if len(result) != nfields:
            raise TypeError('Expected %d arguments, got %d'
                            % (nfields, len(result)))
        return result

    def _replace(_self, **kwds):
        result = _self._make([kwds.pop(f, v) for f, v in zip(fields, _self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + shape % tuple(self)

    def _asdict(self):
        return OrderedDict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    if module is None:
        module = '__main__'
    body = {
        '__module__': module,
        '__doc__': '%s(%s)' % (typename, arglist),
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '_fields_defaults': field_defaults,
        '__new__': new,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
    }
    for index, name in enumerate(fields):
        body[name] = _field_property(index, typename, name)

    result = type(typename, (tuple,), body)
    for fn in (_make, _replace, __repr__, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__
    new.__qualname__ = typename + '.__new__'
    return result


def _field_property(index, typename, name):
    def get(self):
        return self[index]
    return property(get, doc='Alias for field number %d' % index)


class Counter(dict):
    '''Dict subclass for counting hashable items.'''

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object "
                            "needs an argument")
        self, *args = args
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        dict.__init__(self)
        self.update(*args, **kwds)

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        # sorted is stable, so equal counts keep first-seen order
        ordered = sorted(self.items(), key=_second, reverse=True)
        if n is None:
            return ordered
        return ordered[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'update' of 'Counter' object "
                            "needs an argument")
        self, *args = args
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        if args:
            iterable = args[0]
            if iterable is not None:
                if isinstance(iterable, _abc.Mapping):
                    if self:
                        for elem, count in iterable.items():
                            self[elem] = count + self.get(elem, 0)
                    else:
                        dict.update(self, iterable)
                else:
                    _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        if not args:
            raise TypeError("descriptor 'subtract' of 'Counter' object "
                            "needs an argument")
        self, *args = args
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        if args:
            iterable = args[0]
            if iterable is not None:
                if isinstance(iterable, _abc.Mapping):
                    for elem, count in iterable.items():
                        self[elem] = self.get(elem, 0) - count
                else:
                    for elem in iterable:
                        self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            body = ', '.join(['%r: %r' % kv for kv in self.most_common()])
            return '%s({%s})' % (self.__class__.__name__, body)
        except TypeError:
            return '{0}({1!r})'.format(self.__class__.__name__, dict(self))

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for k, n in self.items():
            total = n + other[k]
            if total > 0:
                out[k] = total
        for k, n in other.items():
            if k not in self and n > 0:
                out[k] = n
        return out

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for k, n in self.items():
            total = n - other[k]
            if total > 0:
                out[k] = total
        for k, n in other.items():
            if k not in self and n < 0:
                out[k] = 0 - n
        return out

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for k, n in self.items():
            m = other[k]
            best = m if n < m else n
            if best > 0:
                out[k] = best
        for k, n in other.items():
            if k not in self and n > 0:
                out[k] = n
        return out

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        out = Counter()
        for k, n in self.items():
            m = other[k]
            least = n if n < m else m
            if least > 0:
                out[k] = least
        return out

    def __pos__(self):
        out = Counter()
        for k, n in self.items():
            if n > 0:
                out[k] = n
        return out

    def __neg__(self):
        out = Counter()
        for k, n in self.items():
            if n < 0:
                out[k] = 0 - n
        return out

    def _keep_positive(self):
        for k in [k for k, n in self.items() if not n > 0]:
            del self[k]
        return self

    def __iadd__(self, other):
        for k, n in other.items():
            self[k] += n
        return self._keep_positive()

    def __isub__(self, other):
        for k, n in other.items():
            self[k] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for k, m in other.items():
            if m > self[k]:
                self[k] = m
        return self._keep_positive()

    def __iand__(self, other):
        for k, n in self.items():
            m = other[k]
            if m < n:
                self[k] = m
        return self._keep_positive()


def _second(pair):
    return pair[1]


class ChainMap(_abc.MutableMapping):
    '''A ChainMap groups multiple dicts (or other mappings) together.'''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        merged = {}
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return iter(merged)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return '%s(%s)' % (self.__class__.__name__,
                           ', '.join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None):
        if m is None:
            m = {}
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: {!r}'.format(key))

    def clear(self):
        self.maps[0].clear()


class UserDict(_abc.MutableMapping):
    def __init__(*args, **kwargs):
        self, *args = args
        self.data = {}
        if args:
            self.update(args[0])
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def copy(self):
        return self.__class__(self.data)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other): return self.data < self._unwrap(other)
    def __le__(self, other): return self.data <= self._unwrap(other)
    def __eq__(self, other): return self.data == self._unwrap(other)
    def __gt__(self, other): return self.data > self._unwrap(other)
    def __ge__(self, other): return self.data >= self._unwrap(other)
    __hash__ = None

    def __contains__(self, item): return item in self.data
    def __len__(self): return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item): self.data[i] = item
    def __delitem__(self, i): del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._unwrap(other) if isinstance(other, UserList) else list(other)
        return self

    def __mul__(self, n): return self.__class__(self.data * n)
    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def append(self, item): self.data.append(item)
    def insert(self, i, item): self.data.insert(i, item)
    def pop(self, i=-1): return self.data.pop(i)
    def remove(self, item): self.data.remove(item)
    def clear(self): self.data.clear()
    def copy(self): return self.__class__(self)
    def count(self, item): return self.data.count(item)
    def index(self, item, *args): return self.data.index(item, *args)
    def reverse(self): self.data.reverse()
    def sort(self, *args, **kwds): self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_abc.Sequence):
    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self): return str(self.data)
    def __repr__(self): return repr(self.data)
    def __int__(self): return int(self.data)
    def __float__(self): return float(self.data)
    def __hash__(self): return hash(self.data)

    def _unwrap(self, other):
        return other.data if isinstance(other, UserString) else other

    def __eq__(self, other): return self.data == self._unwrap(other)
    def __lt__(self, other): return self.data < self._unwrap(other)
    def __le__(self, other): return self.data <= self._unwrap(other)
    def __gt__(self, other): return self.data > self._unwrap(other)
    def __ge__(self, other): return self.data >= self._unwrap(other)

    def __contains__(self, char):
        return self._unwrap(char) in self.data

    def __len__(self): return len(self.data)
    def __getitem__(self, index): return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n): return self.__class__(self.data * n)
    __rmul__ = __mul__

    def __mod__(self, args): return self.__class__(self.data % args)

    def capitalize(self): return self.__class__(self.data.capitalize())
    def lower(self): return self.__class__(self.data.lower())
    def upper(self): return self.__class__(self.data.upper())
    def strip(self, chars=None): return self.__class__(self.data.strip(chars))
    def lstrip(self, chars=None): return self.__class__(self.data.lstrip(chars))
    def rstrip(self, chars=None): return self.__class__(self.data.rstrip(chars))
    def title(self): return self.__class__(self.data.title())
    def swapcase(self): return self.__class__(self.data.swapcase())

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(
            self._unwrap(old), self._unwrap(new), maxsplit))

    def count(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.count(self._unwrap(sub), start, end)

    def find(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.find(self._unwrap(sub), start, end)

    def index(self, sub, start=0, end=None):
        if end is None:
            end = len(self.data)
        return self.data.index(self._unwrap(sub), start, end)

    def startswith(self, prefix, *args): return self.data.startswith(prefix, *args)
    def endswith(self, suffix, *args): return self.data.endswith(suffix, *args)
    def split(self, sep=None, maxsplit=-1): return self.data.split(sep, maxsplit)
    def join(self, seq): return self.data.join(seq)
    def isdigit(self): return self.data.isdigit()
    def isalpha(self): return self.data.isalpha()
    def isspace(self): return self.data.isspace()
    def format(self, *args, **kwds): return self.data.format(*args, **kwds)
