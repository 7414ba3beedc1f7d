x = "global x"
l = [x for x in range(3)]
print(l, x)
print([(i, j) for i in range(3) for j in range(i)])
print([i * j for i in range(1, 4) if i != 2 for j in range(i) if j])
print({k: v for k, v in zip("abc", range(3))}, {n % 3 for n in range(10)})
class C:
    v = 10
    lst = [v for _ in range(2)] if False else None
    items = [1, 2]
    doubled = [i * 2 for i in items]
print(C.doubled)
class D:
    k = 5
    try:
        bad = [k for _ in range(1)]
    except NameError as e:
        err = str(e)
print(D.err)
def f():
    y = 3
    return [y * i for i in range(3)], (lambda: [y for _ in "ab"])()
print(f())
nested = [[j for j in range(i)] for i in range(4)]
print(nested, [v for row in nested for v in row])
g = (i for i in range(3))
print(type(g).__name__, list(g), list(g))
print([(lambda q: q + n)(1) for n in range(3)])
