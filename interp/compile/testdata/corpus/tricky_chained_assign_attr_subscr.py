a = b.c = d[e] = f.g[h] = [1, 2]
x, y = z.w = q[0] = 1, 2
a = b = c = d = e = None


def f(o):
    o.a = o.b = o
    o[0] = o[1] = o.c = 0
