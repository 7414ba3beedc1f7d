# A `for x in gen` loop resumes its generator from the loop's jump back
# and from the FOR_ITER itself (eval.go, geninline.go): the generator's
# state, exceptions, tracebacks and ends must be the same either way.
import sys
import traceback


def count(n):
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


def watch(g):
    # the state a generator shows while the loop body runs
    out = []
    for v in g:
        out.append((v, g.gi_running, g.gi_frame is not None))
    out.append(("end", g.gi_running, g.gi_frame is None))
    return out


print(list(squares(evens(count(12)))))
print(watch(count(3)))


def fails(n):
    for i in range(n):
        if i == 2:
            raise KeyError(i)
        yield i


def loop_fails():
    got = []
    for v in fails(5):
        got.append(v)
    return got


try:
    loop_fails()
except KeyError as e:
    print("KeyError", e)
    traceback.print_exc(file=sys.stdout)


def stops():
    yield 1
    raise StopIteration("inner")


try:
    print([v for v in stops()])
except Exception as e:
    print(type(e).__name__, e)

res = []
try:
    for v in stops():
        res.append(v)
except Exception as e:
    print(type(e).__name__, e, e.__cause__)
print(res)


def self_iter():
    for v in me:
        yield v


me = self_iter()
try:
    for v in me:
        pass
except ValueError as e:
    print("ValueError", e)


# break out of the loop, then resume the generator elsewhere
g = count(10)
for v in g:
    if v == 3:
        break
print(next(g), list(g), g.gi_frame)

# a generator closed by the loop body
g = count(10)
seen = []
for v in g:
    seen.append(v)
    if v == 2:
        g.close()
print(seen, g.gi_frame)

# a generator sent to by the loop body
def echo():
    x = 0
    while x < 50:
        got = yield x
        x = x + 1 if got is None else got


g = echo()
seen = []
for v in g:
    seen.append(v)
    if v == 2:
        seen.append(g.send(40))
print(seen)

# deep nesting: the resumes count against the recursion limit
def nest(d):
    if d == 0:
        yield 0
        return
    for v in nest(d - 1):
        yield v + 1


print(list(nest(50)))
sys.setrecursionlimit(80)
try:
    print(list(nest(200)))
except RecursionError as e:
    print("RecursionError")  # (the message names where the limit hit)
sys.setrecursionlimit(1000)


def loop_in_loop():
    total = 0
    for a in count(4):
        for b in count(a):
            total += a * b
    return total


print(loop_in_loop())


class It:
    # a class whose __iter__ is a generator function
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        for i in range(self.n):
            yield i * 10


for v in It(3):
    print(v)


def throws():
    try:
        yield 1
        yield 2
    except ZeroDivisionError:
        yield "caught"


g = throws()
out = []
for v in g:
    out.append(v)
    if v == 1:
        out.append(g.throw(ZeroDivisionError))
print(out)


# yield from a range iterator (the next int taken in the loop)
def from_range(*a):
    r = yield from range(*a)
    yield ("result", r)


print(list(from_range(4)), list(from_range(5, 0, -2)), list(from_range(0)))
print(sum(x % 7 for x in from_range(3, 30, 4) if not isinstance(x, tuple)))
g = from_range(3)
print(next(g), type(g.gi_yieldfrom).__name__, next(g))
try:
    g.send(5)
except AttributeError as e:
    print("AttributeError", e)
g = from_range(3)
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e, g.gi_frame)
g = from_range(10)
print(next(g), g.close(), list(g))
