# A comprehension's append-and-jump takes the next step of its range,
# list or generator loop itself (eval.go backEdge): the items, the end,
# mutation during the loop and errors must be as FOR_ITER's.


def gen(n):
    for i in range(n):
        yield i * 3


print([x for x in range(5)])
print([x for x in range(10, 0, -3)])
print([x for x in range(0)])
print([x for x in [1, 2, 3]])
print([x for x in gen(4)])
print([x * y for x in gen(3) for y in range(x)])
print([v for row in [[1, 2], [], [3]] for v in row])

# a list grown by the comprehension's own body
src = [1, 2, 3]
print([src.append(x) or x for x in src if len(src) < 8])
print(src)

# a list shrunk while a comprehension runs over it
src = [1, 2, 3, 4, 5, 6]
print([src.pop() for x in src])
print(src)

# the iterator of a list that another loop exhausted
src = [1, 2, 3]
it = iter(src)
print([x for x in it], [x for x in it])
src.append(4)
print([x for x in it])


class L(list):
    def __iter__(self):
        return iter([-1, -2])


print([x for x in L([1, 2, 3])])


def bad():
    yield 1
    raise ValueError("from the generator")


try:
    print([x for x in bad()])
except ValueError as e:
    print("ValueError", e)

g = gen(5)
print([x for x in g], list(g), g.gi_frame)

# a generator closed inside the comprehension
g = gen(10)
print([(x, g.close()) for x in g])

# the same generator consumed from two comprehensions
g = gen(6)
print([x for x in g if x < 6], [x for x in g])

# dict and set comprehensions and generator expressions (SetAdd/MapAdd jump back)
print({x % 3 for x in range(10)}, {x: x * x for x in gen(3)})
print(sum(x for x in gen(100)), list(x for x in range(3)))

# the outer variable of a nested comprehension
n = 3
print([[i * j + n for j in range(n)] for i in range(n)])

# a compare-and-branch whose branch goes back to the loop's start


def skips(n):
    cols = {1, 3}
    diag = {4}
    out = []

    def inner(row):
        for c in range(n):
            if c in cols or (row + c) in diag:
                continue
            out.append((row, c))
    inner(0)
    inner(2)
    return out


print(skips(6))
print([v for v in [1, 2, 3, 4, 5, 6] if v % 2 == 0])
items = [1, 2, 3, 4]
for v in items:
    if v % 2 == 1:
        items.append(v * 10) if v < 10 else None
        continue
print(items)
print([v for v in skips_gen()] if False else [v for v in (x for x in range(7)) if v % 3 == 0])

# set and dict comprehension ends (SET_ADD / MAP_ADD then the jump back)
print(sorted({x % 4 for x in [5, 6, 7, 8, 9]}), {k: k * 2 for k in "abc"})
print({(a, b) for a in range(2) for b in gen(2)} == {(0, 0), (0, 3), (1, 0), (1, 3)})
try:
    print({x for x in [1, [2], 3]})
except TypeError as e:
    print("TypeError", e)
try:
    print({x: 1 for x in [1, {}, 3]})
except TypeError as e:
    print("TypeError", e)
