f = lambda: 0
g = lambda x: x
h = lambda x, y=1, *a, z, **k: x
i = lambda *, a: a
j = lambda x,: x
k = lambda: (yield)
