print(callable(print), callable(1), callable(str.upper), callable(type), callable(lambda: 0))
def f(a, b):
    return a - b
print(f(*(5, 3)), f(b=1, a=4), (lambda *a: a)(), list(map(f, [10, 20], [1, 2])))
print(isinstance(print, type(len)), print.__name__, print.__self__ is not None)
print(divmod.__doc__.splitlines()[0])
print(abs.__qualname__, len.__module__ if False else "builtins", int.__doc__.splitlines()[0])
