g1 = (x for x in range(10))
g2 = (x for x in range(10) if x % 2)
g3 = ((x, y) for x in range(3) for y in range(x))
g4 = (x for x in (y for y in range(5)))
total = sum(x * x for x in range(10))
first = next((x for x in range(10) if x > 5), None)
joined = ', '.join(str(i) for i in range(3))


def f(n):
    return list(i + n for i in range(n))
