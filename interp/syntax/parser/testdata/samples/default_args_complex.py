def f(a=[], b={}, c=(), d=lambda: 0, e=f'x'):
    pass
