def f(x, /):
    pass
