import sys
def g():
    try:
        yield 1
        yield 2
    finally:
        print("fin", sys.exc_info()[0])
def f():
    for x in g():
        raise ValueError(x)
try:
    f()
except ValueError as e:
    print("caught", e)
def h():
    for x in g():
        return x
print(h())
def outer():
    def inner():
        yield from g()
    for v in inner():
        print("v", v)
outer()
def catcher():
    while True:
        try:
            yield 1
        except KeyError:
            print("caught in gen")
c = catcher()
for v in c:
    print(c.throw(KeyError))
    break
