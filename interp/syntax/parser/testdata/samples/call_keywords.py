f(a=1, b=2)
f(print=1)
dict(a=1, **kw)
f(*args, key=value, **kwargs)
