a, *b, c = range(6); print(a, b, c)
*x, y = "abc"; print(x, y)
(p, q), r = (1, 2), 3; print(p, q, r)
[m, [n, *o]] = [1, [2, 3, 4]]; print(m, n, o)
first, *_ = [9]; print(first, _)
print(*[1, 2], *"ab", sep="-")
print([*range(3), *{4: 0}], (*[1], 2), {*[1, 1, 2], 3}, {**{"a": 1}, **{"b": 2}})
def f(*a, **k):
    return a, sorted(k.items())
print(f(*[1, 2], 3, *(4,), **{"x": 1}, y=2, **{"z": 3}))
for bad in ["a, b = [1]", "a, b = [1, 2, 3]", "a, *b, c = [1]", "a, b = 5"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
i, j = j, i = 1, 2
print(i, j)
for k, (v1, v2) in enumerate([(1, 2), (3, 4)]):
    print(k, v1, v2)
