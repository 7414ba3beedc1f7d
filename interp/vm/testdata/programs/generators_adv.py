def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def squares(it):
    for x in it:
        yield x * x
def evens(it):
    return (x for x in it if x % 2 == 0)
print(take(5, squares(evens(naturals()))))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in [10, 20, 30, 40]])
def gen_with_return():
    yield 1
    return "ret"
g = gen_with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def outer_gen():
    result = yield from gen_with_return()
    yield result
print(list(outer_gen()))
def flatten(lst):
    for x in lst:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
g = (i for i in range(3))
print(next(g), list(g), g.__name__ if hasattr(g, "__name__") else "")
def closing():
    try:
        while True:
            yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = closing()
next(c)
c.close()
def gen_exc():
    yield 1
    raise ValueError("inside gen")
try:
    for v in gen_exc():
        print("got", v)
except ValueError as e:
    print("caught", e)
def counter_gen():
    i = 0
    while i < 3:
        cmd = yield i
        if cmd == "reset":
            i = 0
        else:
            i += 1
cg = counter_gen()
print(next(cg), next(cg), cg.send("reset"), next(cg), next(cg), next(cg, "end"))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
import sys
def gen_exc_info():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]
print(list(gen_exc_info()))
