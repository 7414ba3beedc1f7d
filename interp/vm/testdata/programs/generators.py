def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count_up(5)), sum(count_up(101)))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))
try:
    next(g)
except StopIteration:
    print("StopIteration")

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e), e.send("a"), e.send("b"))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.value)

def delegate():
    r = yield from echo()
    yield "inner returned %r" % (r,)

d = delegate()
print(next(d), d.send(1), d.send(2), d.send(None))

def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


out = []
for x in fibs():
    if x > 100:
        break
    out.append(x)
print(out)

gen = (x * x for x in range(5))
print(gen.__class__.__name__, list(gen), list(gen))
print(sum(x for x in range(10) if x % 2), max(len(w) for w in ["a", "abc", "ab"]))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

w = with_finally()
print(next(w))
w.close()
print("closed")

def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)

c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError, "again")
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated KeyError", e)

def gen_stop():
    yield 1
    raise StopIteration
try:
    list(gen_stop())
except RuntimeError as e:
    print("RuntimeError:", e)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def g2():
    x = yield from [1, 2]
    return x
print(list(g2()))
it = iter([1, 2, 3])
print(next(it), list(it), list(zip(count_up(3), "abc")))
