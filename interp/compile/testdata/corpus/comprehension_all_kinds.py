data = range(10)
l1 = [x for x in data]
l2 = [x for x in data if x % 2 if x > 3]
l3 = [(x, y) for x in data for y in data if x < y]
l4 = [[y for y in range(x)] for x in data]
s1 = {x % 3 for x in data}
d1 = {x: x * x for x in data if x}
d2 = {k: v for k, v in zip('abc', data)}
g1 = list(x for x in data)
n1 = [x for x, in [(1,), (2,)]]
n2 = [a + b for a, b in [(1, 2)]]
n3 = [x for x in [y for y in data] if x in [1, 2]]
w = [lambda: x for x in data]


def in_func(n):
    return [i * n for i in range(n)], {i: n for i in range(n)}, (n for _ in range(n))
