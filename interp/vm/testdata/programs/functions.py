def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)

print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(*[1, 2, 3], **{"c": 0, "z": 1}))

def g(x, y):
    """Docstring of g."""
    return x - y

print(g(y=1, x=5), g.__doc__, g.__defaults__, f.__kwdefaults__, g.__name__)
args = (10, 3)
print(g(*args), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter()
print(c(), c(), c())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]

print([add(10) for add in make_adders()])

def apply(fn, *a, **k):
    return fn(*a, **k)

print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), fact(30))

def errors():
    try:
        g(1)
    except TypeError as e:
        print(e)
    try:
        g(1, 2, 3)
    except TypeError as e:
        print(e)
    try:
        g(1, y=2, z=3)
    except TypeError as e:
        print(e)
    try:
        g(1, x=2)
    except TypeError as e:
        print(e)
    try:
        f(1)
    except TypeError as e:
        print(e)
    try:
        f()
    except TypeError as e:
        print(e)

errors()
g.attr = "custom"
print(g.attr, g.__dict__)
print(callable(g), callable(3), (lambda: None)() is None)
def kwonly(*, a, b=1): return a + b
print(kwonly(a=1), kwonly(a=1, b=5))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
