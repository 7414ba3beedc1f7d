# Generator pipelines: generator functions with yield, yield from, send,
# generator expressions feeding sum/any/all, enumerate and zip.
# Modules: none.
N = 1400000


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(src):
    for v in src:
        if v % 2 == 0:
            yield v


def squares(src):
    for v in src:
        yield v * v


def chain2(a, b):
    yield from a
    yield from b


def tree(depth):
    if depth == 0:
        yield 1
        return
    yield from tree(depth - 1)
    yield depth
    yield from tree(depth - 1)


def running_total():
    total = 0
    while True:
        v = yield total
        total += v


def main():
    s1 = sum(squares(evens(naturals(N))))
    s2 = sum(x % 7 for x in chain2(naturals(N // 2), range(N // 2)))
    s3 = sum(tree(13))
    acc = running_total()
    next(acc)
    last = 0
    for i, v in enumerate(naturals(N // 4)):
        last = acc.send(v + i)
    pairs = sum(a * b for a, b in zip(naturals(N // 4), squares(naturals(N // 4))) if a & 1)
    flags = (any(v > N for v in naturals(N // 4)), all(v >= 0 for v in naturals(N // 4)))
    print("generators", N, s1, s2, s3, last, pairs % 1000000007, flags)


main()
