import itertools as it
print(list(it.islice(it.count(), 5)), list(it.islice(it.count(10, -2.5), 4)), list(it.islice(it.count(1, 1j), 2)))
print(list(it.islice(it.cycle("ab"), 5)), list(it.cycle([])), list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(it.islice(it.repeat(7), 2)))
print(repr(it.count(5)), repr(it.count(1, 2)), repr(it.repeat("a", 2)))
print(list(map(pow, range(5), it.repeat(2))))
