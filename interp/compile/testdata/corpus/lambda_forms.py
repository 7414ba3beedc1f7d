square = lambda x: x * x
add = lambda a, b=1: a + b
varargs = lambda *a, **k: (a, k)
kwonly = lambda *, k=1: k
nested = lambda x: lambda y: x + y
cond = lambda x: 'pos' if x > 0 else 'neg'
immediate = (lambda: 42)()
sort_key = sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1])
defaults_expr = lambda x=[1, 2], y=(1 + 2): (x, y)
noargs = lambda: None
gen_lambda = lambda: (yield)
