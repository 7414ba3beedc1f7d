def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, b=1, *args): pass
def f4(a, *, k): pass
def f5(a, *, k=2): pass
def f6(*args, **kwargs): pass
def f7(a, b=1, *args, c, d=4, **kw): pass
def f8(a=[], b={}, c=()): pass
def f9(*, a=1, b, c=3): pass
def f10(a, b=None, c=True, d=1.5, e='s'): pass
def f11(**kw): return kw
