from collections import abc, UserDict, UserList, UserString
import collections.abc
for v in [[], (), {}, set(), 'x', b'x', 1, range(3), iter([]), (i for i in [])]:
    print(type(v).__name__, [n for n in ('Iterable', 'Iterator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping', 'Sized', 'Container', 'Hashable', 'Generator', 'Set', 'Collection') if isinstance(v, getattr(abc, n))])
print(isinstance(len, abc.Callable), isinstance(3, abc.Callable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), isinstance(It(), abc.Iterable), isinstance(It(), abc.Sized))
class M(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = M({'a': 1, 'b': 2})
print(m.get('a'), m.get('z'), 'a' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(isinstance(m, abc.Mapping), collections.abc.Sized is abc.Sized)
u = UserDict(a=1); u['b'] = 2
print(u, len(u), u.data, 'a' in u)
l = UserList([3, 1, 2]); l.append(0); l.sort()
print(l, l[0], l[1:], len(l), l + [9])
s = UserString('abc')
print(s, s.upper(), len(s), s + 'd', s[1])
