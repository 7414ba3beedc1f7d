def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
    return "outer-done"
g = outer()
print(next(g), g.send("a"), g.send("b"), next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
def thrower():
    try:
        yield 1
    except KeyError:
        yield "handled in inner"
def delegate():
    yield from thrower()
d = delegate(); next(d)
print(d.throw(KeyError))
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
def closing_inner():
    try:
        yield 1
    finally:
        print("inner finally")
def closing_outer():
    yield from closing_inner()
co = closing_outer(); next(co); co.close()
