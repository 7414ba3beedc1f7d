import collections.abc as C, abc
for n in sorted(C.__all__):
    c = getattr(C, n)
    print(n, sorted(c.__abstractmethods__), type(c) is abc.ABCMeta)
for v in [[], (), "", b"", bytearray(), {}, set(), frozenset(), range(3), {}.keys(), {}.items(), iter([]), (x for x in ()), 3, len, None]:
    print(type(v).__name__, [n for n in sorted(C.__all__) if isinstance(v, getattr(C, n))])
