from collections.abc import Iterable, Sequence, Mapping, Callable, Hashable, Sized, Iterator, Generator, MutableMapping
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance({}, Mapping), isinstance("", Sequence), isinstance(len, Callable))
print(isinstance(iter([]), Iterator), isinstance((x for x in []), Generator), isinstance([], Hashable), issubclass(dict, MutableMapping))
class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __len__(self): return len(self.d)
    def __iter__(self): return iter(self.d)
m = MyMap({"a": 1, "b": 2})
print(len(m), m["a"], "a" in m, list(m.keys()), list(m.items()), m.get("z", 0), m == {"a": 1, "b": 2})
class Bad(Sequence): pass
try:
    Bad()
except TypeError as e:
    print(e)
