# yield x as one fused step (LOAD_FAST; YIELD_VALUE) and a `yield x`
# statement resumed past its POP_TOP: sent values, jumps landing on the
# YIELD_VALUE, unbound locals, throw/close at the yield, frame positions.
import sys


def stmt_yields(n):
    i = 0
    while i < n:
        yield i
        i += 1


def expr_yields():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def cond_yield(c, a, b):
    # both arms reach one YIELD_VALUE; the second LOAD_FAST is fused
    yield a if c else b
    yield (b if c else a)


def unbound(flag):
    if flag:
        x = 1
    yield x


def where():
    f = sys._getframe()
    x = 10
    yield x
    yield f.f_lineno
    yield x


def catcher():
    x = 0
    while True:
        try:
            yield x
        except ValueError as e:
            x = str(e)
        finally:
            x = (x, "f")


print(list(stmt_yields(5)))
print(sum(stmt_yields(100)), any(stmt_yields(3)), all(stmt_yields(3)))
g = stmt_yields(4)
print(next(g), g.send("ignored"), g.send(None), next(g))
try:
    g.send(5)
except StopIteration as e:
    print("stop", e.value)

g = expr_yields()
print(next(g), g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

print(list(cond_yield(True, 1, 2)), list(cond_yield(False, 1, 2)))

for flag in (True, False):
    try:
        print(list(unbound(flag)))
    except UnboundLocalError as e:
        print("UnboundLocalError", e)

w = where()
print(next(w), w.gi_frame.f_lasti, w.gi_frame.f_lineno)
print(w.send("s"), next(w), w.gi_frame.f_lasti)

c = catcher()
print(next(c))
print(c.throw(ValueError("boom")))
print(c.send(1))
c.close()
print(c.gi_frame)

# a yield statement inside a comprehension-fed sum and zip
print(sum(a * b for a, b in zip(stmt_yields(6), stmt_yields(6))))


def deleg():
    r = yield from stmt_yields(3)
    yield r
    x = yield from expr_yields()
    yield x


d = deleg()
print(next(d), next(d), next(d), next(d), next(d))
print(d.send(5), d.send(6))
try:
    d.send(None)
except StopIteration:
    print("deleg done")


def thrower():
    x = 1
    yield x
    x = 2
    yield x


t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    import traceback
    traceback.print_exc(file=sys.stdout)
