# Assigning and deleting a function's __code__, __defaults__,
# __kwdefaults__, __annotations__, __name__ and __qualname__, with 3.7's
# checks; a function runs its new code at once.
def f(x: int) -> str:
    return str(x)


def g(x):
    return x * 2


def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


print(f.__annotations__)
f.__annotations__ = {'y': float}
print(f.__annotations__)
f.__annotations__['z'] = 1
print(sorted(f.__annotations__))
del f.__annotations__
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
attempt("annotations=5", lambda: setattr(f, "__annotations__", 5))
print(f(21))
f.__code__ = g.__code__
print(f(21), f.__code__ is g.__code__)
for i in range(3):
    print(f(i), end=" ")
print()
attempt("code=5", lambda: setattr(f, "__code__", 5))
attempt("del code", lambda: delattr(f, "__code__"))


def outer():
    k = 10

    def inner(x):
        return x + k
    return inner


h = outer()
attempt("closure code on plain", lambda: setattr(f, "__code__", h.__code__))
attempt("plain code on closure", lambda: setattr(h, "__code__", g.__code__))
f.__defaults__ = (3,)
print(f())

f.__defaults__ = (4,)
print(f())
attempt("defaults=[1]", lambda: setattr(f, "__defaults__", [1]))
del f.__defaults__
print(f.__defaults__)
attempt("call without default", lambda: f())
f.__kwdefaults__ = {'a': 1}
print(f.__kwdefaults__)
attempt("kwdefaults=1", lambda: setattr(f, "__kwdefaults__", 1))
del f.__kwdefaults__
print(f.__kwdefaults__)
f.__qualname__ = 'Q'
print(f.__qualname__, f.__name__)
f.__name__ = 'N'
print(f.__name__, repr(f).split(" at ")[0])
attempt("name=1", lambda: setattr(f, "__name__", 1))
attempt("del name", lambda: delattr(f, "__name__"))
attempt("del qualname", lambda: delattr(f, "__qualname__"))
