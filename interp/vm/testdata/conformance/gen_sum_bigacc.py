# sum() over a generator keeps its big-int running total in place while
# nothing else can see it. The start value, totals handed to user code
# (__radd__), values yielded twice and totals that come back into the
# small range must all be unaffected.


def cubes(n):
    for a in range(n):
        yield a * a * a * 1000003


big = 10 ** 30
print(sum(cubes(2000)))
print(sum(cubes(2000), big), big)
start = 2 ** 70
print(sum(cubes(50), start), start)

kept = []


class Spy:
    def __radd__(self, other):
        kept.append(other)
        return other + 1


def mixed():
    for i in range(5):
        yield 2 ** 64 + i
    yield Spy()
    for i in range(5):
        yield 2 ** 65 + i
    yield Spy()
    yield 7


total = sum(mixed())
print(total, kept)
print([k - 2 ** 64 * 5 for k in kept])


def same_object():
    x = 3 ** 50
    for _ in range(10):
        yield x
    print("x still", x)


print(sum(same_object()))


def up_and_down():
    for _ in range(3):
        yield 2 ** 63
        yield 2 ** 63
        yield -(2 ** 64)
        yield 5
    yield -(2 ** 80)
    yield 2 ** 80


print(sum(up_and_down()))


def floats_then_ints():
    yield 2 ** 64
    yield 2 ** 64
    yield 1.5
    yield 2 ** 64


print(sum(floats_then_ints()))


def inner_sums():
    for k in range(4):
        yield sum(cubes(100 + k))


print(sum(inner_sums()))


class MyInt(int):
    pass


def subclass_items():
    yield 2 ** 64
    yield 2 ** 64
    yield MyInt(5)
    yield 2 ** 64


print(sum(subclass_items()))
r = sum(x for x in (2 ** 64, 2 ** 64, 1))
print(r, type(r))
