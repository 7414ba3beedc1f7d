# A StopIteration raised by map's or filter's function ends the iteration
# (CPython's consumers take it for exhaustion); the underlying iterator
# keeps its place, so next() goes on after it.
def f(x):
    if x == 3:
        raise StopIteration
    return x * 2


print(list(map(f, range(6))))
print(sum(map(f, range(6))))
print([y for y in map(f, range(6))])
print(list(map(lambda a, b: f(a + b), range(3), range(3))))


def g(x):
    if x == 2:
        raise StopIteration("v")
    return x


print(tuple(filter(g, [1, 2, 3])))
for v in filter(g, [5, 1, 2, 9]):
    print("for", v)

it = map(f, range(6))
print(next(it), next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("stop", repr(e))
print(next(it))
print(next(map(f, [3]), "default"))


def h(x):
    raise ValueError(x)


try:
    list(map(h, [7]))
except ValueError as e:
    print("ValueError", e)
print(list(map(int, ["1", "2"])))
