def documented(x):
    """Doc string here."""
    return x
documented.custom = 5
print(documented.__doc__, documented.__name__, documented.__qualname__, documented.__module__, documented.custom, sorted(documented.__dict__))
sq = lambda x: x * x
print(sq(7), sq.__name__, (lambda: None)(), (lambda *a, **k: (a, k))(1, x=2))
print(sorted([3, -1, 2], key=lambda v: -v), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
print(type(documented).__name__, callable(documented), documented.__code__.co_name, documented.__globals__ is globals())
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(9), (lambda x, y=2: x ** y)(3))
