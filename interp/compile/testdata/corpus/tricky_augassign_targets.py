a.b.c += 1
a[b][c] += 1
a[b:c] += d
a[b:c:2] -= d
a[...] *= 2
a[1, 2] //= 3
a().b += 1
a[b].c[d] **= 2


def f(x, y):
    x.y[0].z += y
    x[y.z] @= y
    return x
