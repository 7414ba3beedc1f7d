# Generators folded by sum/any/all in place (gensink.go) and yield from
# run in the consumer's loop (geninline.go): values of every kind, early
# stops, re-entrant consumers, exceptions and tracebacks through chains,
# send/throw/close on delegating generators, and recursion depth.
import sys


def seq(*items):
    for x in items:
        yield x


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


print(sum(naturals(10)), sum(naturals(10), 5), sum(seq(1.5, 2.25, 3)), sum(seq(1, 2.5, 3)))
print(sum(seq(2 ** 62, 2 ** 62, 2 ** 62)), sum(seq(-2 ** 63, -1)), sum(seq(True, True, 3)))
print(sum(seq(0.1, 0.2, 0.3)), sum(seq(1e308, 1e308)), sum(seq(1, 2), 0.5))
print(sum(seq([1], [2]), []), sum(seq((1,), (2,)), ()))
print(any(seq(0, 0.0, None, False, "", 3)), all(seq(1, 2.5, True, "x", [0])), any(seq()), all(seq()))
print(any(seq(0, None, [], ())), all(seq(1, 2, 0, 3)))


class Noisy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool", self.v, "running:", g.gi_running)
        return self.v > 1

    def __radd__(self, other):
        print("radd", other, self.v, "running:", g.gi_running)
        return other + self.v


g = seq(Noisy(0), 1, Noisy(2), 3)
print(any(g), next(g).v)
g = seq(1, 2, Noisy(5), 4, 5)
print(sum(g))


class Steal:
    def __radd__(self, other):
        # the generator is suspended while sum adds: next() works
        return other + next(g) * 100


g = seq(1, Steal(), 2, 3, 4)
print(sum(g))
g = seq(1, 2, 3, 4)
print(any(x > 2 for x in g), list(g))
g = seq(1, 2, 0, 4)
print(all(g), list(g))


def selfsum():
    yield 1
    yield sum(me)


me = selfsum()
try:
    print(sum(me))
except ValueError as e:
    print("ValueError", e)


def leaks():
    yield 1
    raise StopIteration(7)


try:
    sum(leaks())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)


def bad(n):
    for i in range(n):
        yield i
    return 1 / 0


for fold in (sum, any, all):
    try:
        fold(x + 1 for x in bad(3))
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        while tb:
            print(fold.__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next

try:
    sum(seq(1, "a"))
except TypeError as e:
    print(e)


# yield from
def inner(n, ret):
    for i in range(n):
        yield i
    return ret


def outer():
    r1 = yield from inner(2, "a")
    r2 = yield from inner(3, "b")
    print("returns", r1, r2)
    return r1 + r2


print(list(outer()), sum(inner(4, None)))
for x in outer():
    print("x", x)


def tree(d):
    if d == 0:
        yield 1
        return "leaf"
    r = yield from tree(d - 1)
    yield d
    yield from tree(d - 1)
    return r


print(sum(tree(8)), list(tree(2)))


def failing():
    yield 1
    raise KeyError("deep")


def middle():
    yield from failing()


def top():
    try:
        yield from middle()
    except KeyError as e:
        print("caught in top", repr(e), sys.exc_info()[0].__name__)
        yield "recovered"


print(list(top()))
try:
    for v in middle():
        pass
except KeyError:
    tb = sys.exc_info()[2]
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_lasti)
        tb = tb.tb_next


def watcher():
    print("watcher running", w.gi_running, d.gi_running, d.gi_yieldfrom is None)
    yield sys._getframe().f_back.f_code.co_name
    yield "w2"


def delegator():
    got = yield from w
    yield "after"


w = watcher()
d = delegator()
for v in d:
    print("got", v, d.gi_yieldfrom is w, d.gi_frame.f_lineno if d.gi_frame else None)


def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            return received
        received.append(x)


def relay():
    r = yield from echo()
    yield ("done", r)


r = relay()
print(next(r), r.send("a"), r.send("b"), next(r))
r = relay()
print(next(r), r.throw(ValueError("t")) if False else "skip")
r = relay()
next(r)
for v in r:
    print("relay", v)
    break
r.close()
print(r.gi_frame)


def closer():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")


def outer_close():
    try:
        yield from closer()
    finally:
        print("outer finally")


oc = outer_close()
for v in oc:
    print("oc", v)
    break
oc.close()

oc = outer_close()
for v in oc:
    print("oc2", v)
    try:
        oc.throw(IndexError("thrown"))
    except IndexError as e:
        print("thrown out", e)
    break


def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)


print(list(chain(50)))
try:
    for v in chain(5000):
        pass
except RecursionError as e:
    print("RecursionError")


def stopper():
    yield from seq(1, 2)
    raise StopIteration("inside")


try:
    list(stopper())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))


def sub_stop():
    yield 1
    raise StopIteration


def del_stop():
    try:
        yield from sub_stop()
    except RuntimeError as e:
        yield "converted: " + str(e)


print(list(del_stop()))


def handler_gen():
    try:
        raise ValueError("outer context")
    except ValueError:
        yield from excinfo()
        print("after", sys.exc_info()[0].__name__)


def excinfo():
    print("in sub", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
    yield 1
    print("in sub again", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)


print(list(handler_gen()), sys.exc_info())
print(sum(x * y for x, y in zip(naturals(5), naturals(5))))
print(any(v > 3 for v in chain2(naturals(3), range(10))) if False else "ok")


# list(), tuple(), sorted(), join() take a generator through a collecting sink
def mixed():
    got = yield "a"
    yield got
    yield from range(3)
    yield from seq("x", "y")
    yield me2.gi_running
    return "ignored"


me2 = mixed()
print(list(me2), list(me2))
g = naturals(6)
next(g)
print(tuple(g), sorted(x * 7 % 5 for x in range(8)), "-".join(str(i) for i in range(4)))
try:
    "".join(s for s in ("a", 1, "b"))
except TypeError as e:
    print(e)


def half_then_fail():
    yield 1
    yield 2
    raise IndexError("collect")


try:
    list(half_then_fail())
except IndexError as e:
    print("list raised", e)
try:
    list(leaks())
except RuntimeError as e:
    print("list", repr(e))


def collects_self():
    yield 1
    yield list(cs)


cs = collects_self()
try:
    list(cs)
except ValueError as e:
    print(e)
print(list(tree(3)), set(x % 3 for x in range(10)), dict((i, i * i) for i in range(3)))
