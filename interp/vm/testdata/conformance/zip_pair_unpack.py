# `for a, b in zip(x, y)` unpacks the pair straight from the zip: the
# order iterators advance in, where it stops, errors from either side
# and other arities must stay what zip's tuple would give.


def gen(name, n, log):
    for i in range(n):
        log.append((name, i))
        yield i
    log.append((name, "end"))


def boom(after):
    for i in range(after):
        yield i
    raise KeyError("boom")


def main():
    log = []
    out = [(a, b) for a, b in zip(gen("x", 3, log), gen("y", 5, log))]
    print(out)
    print(log)
    log = []
    out = [(a, b) for a, b in zip(gen("x", 4, log), gen("y", 2, log))]
    print(out)
    print(log)
    s = 0
    for a, b in zip([1, 2, 3], (10, 20, 30, 40)):
        s += a * b
    print(s)
    for a, b in zip([], boom(0)):
        print("never")
    try:
        for a, b in zip(range(5), boom(2)):
            print("got", a, b)
    except KeyError as e:
        print("KeyError", e)
    try:
        for a, b in zip(boom(1), range(5)):
            print("got", a, b)
    except KeyError as e:
        print("KeyError", e)
    try:
        for a, b in zip([1], [2], [3]):
            print(a, b)
    except ValueError as e:
        print("ValueError", e)
    for (a, b), in zip([(1, 2), (3, 4)]):
        print(a, b)
    try:
        for a, b in zip("ab"):
            print(a, b)
    except ValueError as e:
        print("ValueError", e)
    z = zip(range(3), "xyz")
    for a, b in z:
        if a == 1:
            break
    print(list(z))
    for a, b in zip(range(2), range(2)):
        a, b = b, a
    print(a, b)
    print(sum(a * b for a, b in zip(gen("p", 6, []), gen("q", 6, [])) if a & 1))
    for i, x in enumerate(zip("ab", "cd")):
        print(i, x)


main()
