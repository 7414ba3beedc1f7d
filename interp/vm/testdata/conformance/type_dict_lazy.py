# Built-in types' dicts are built on first read: every way to read one
# must see the whole dict, whichever comes first.
class T0:
    pass
class S(str):
    def shout(self):
        return self.upper() + '!'
print(S('hi').shout(), S.upper is str.upper, 'upper' in S.__dict__, 'upper' in str.__dict__)
class L(list):
    pass
l = L([3, 1])
l.append(2)
print(l, sorted(l), L.append is list.append, [].append.__qualname__)
d = {}
d.update(a=1)
d.update({'b': 2})
print(d, d.get('a'), d.setdefault('c', 3), dict.update.__name__)
print(b'abc'.upper(), bytearray(b'x y').split(), bytes.upper.__name__, b'a,b'.split(b','))
print(int.__dict__['__add__'](1, 2), vars(int)['bit_length'](255), '__add__' in vars(bool), '__and__' in vars(bool))
print('__init__' in vars(ValueError), '__str__' in vars(KeyError), '__str__' in vars(ValueError))
print(object.__subclasshook__(), object.__init_subclass__.__name__, T0.__init_subclass__())
class T:
    """doc"""
T.__doc__ = 'new doc'
T.__module__ = 'm'
print(T.__doc__, T.__module__, repr(T)[:12])
try:
    int.__doc__ = 'x'
except TypeError as e:
    print(e)
print(len(dir(object)) > 20, sorted(set(dir(list)) - set(dir(object)))[:5], hasattr(range, 'count'))
print(type(reversed([])).__name__, '__next__' in dir(type(reversed([]))), list(reversed([1, 2])))
print(str.__dict__['join'](',', 'ab'), frozenset.__dict__['union'](frozenset([1]), [2]), '__hash__' in vars(dict), dict.__hash__)
print(sorted(k for k in vars(type(iter(()))) if not k.startswith('__')), [m for m in ('keys', 'items') if m in dir({})])
