def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, sorted(kw.items())
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 0, "z": 1}))
def g(*, k):
    return k
print(g(k=1))
for call in [lambda: f(), lambda: f(1), lambda: g(1), lambda: f(1, c=1, a=2), lambda: g(k=1, j=2), lambda: (lambda x: x)(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__name__)
def mut(x, acc=[]):
    acc.append(x)
    return acc
print(mut(1), mut(2), mut(3, []))
def ann(x: int, y: "str" = "s") -> bool:
    return True
print(ann.__annotations__)
