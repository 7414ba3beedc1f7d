# [list(c) for c in zip(...)] copies each step's items into a new list and
# may refill the step's tuple, since nothing else in the loop can see it.
import builtins

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([list(c) for c in zip(*grid)])
print([list(c) for c in zip((1, 2, 3), [4, 5], (6, 7, 8, 9))])
print([list(c) for c in zip()])
print([list(c) for c in zip([1, 2])])
print([list(c) for c in zip([1, 2], "ab")])
print([list(c) for c in zip([], [1])])

# each list is its own object
rows = [list(c) for c in zip([1, 2], [3, 4])]
rows[0].append(0)
print(rows, rows[0] is rows[1])

# a zip partly consumed before, and used after, the comprehension
z = zip([1, 2, 3, 4], (5, 6, 7, 8))
first = next(z)
print(first, [list(c) for c in z], list(z), first)
z = zip([1, 2, 3], [4, 5, 6])
got = [list(c) for c in z]
print(got, next(z, "done"))


def gen(n):
    for i in range(n):
        yield i * 10
    raise ValueError("gen done")


try:
    print([list(c) for c in zip([1, 2, 3], gen(2))])
except ValueError as e:
    print("ValueError", e)

# a Python `list` that keeps the tuples it sees and puts the builtin back
kept = []


def spy(c):
    kept.append(c)
    builtins_list = builtins.list
    globals()["list"] = builtins_list
    return builtins_list(c)


list = spy
out = [list(c) for c in zip([1, 2, 3, 4], [5, 6, 7, 8])]
print(out, kept)
del list
print(kept, kept[0] == (1, 5))

# list shadowed by a local of the comprehension's caller does not matter:
# the comprehension reads the global


def f(list):
    return [list(c) for c in zip([1], [2])]


print(f(tuple))

# the lists the source holds change between comprehensions
a, b = [1, 2], [3, 4]
r1 = [list(c) for c in zip(a, b)]
a.append(9)
b[0] = 0
print(r1, [list(c) for c in zip(a, b)])


class Seq:
    def __iter__(self):
        return iter([1, 2])


print([list(c) for c in zip(Seq(), [3, 4])])
print([list(c) for c in zip({1: 2}, [3])])
try:
    [list(c) for c in zip([1], 5)]
except TypeError as e:
    print("TypeError:", e)
