def f(a, b=1, c=2):
    pass
def g(a=1, *args, b, c=3, **kw):
    pass
