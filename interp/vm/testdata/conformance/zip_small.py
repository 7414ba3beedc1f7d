# zip of one or two iterables carries its iterators in its own allocation
# (those of exact lists and tuples included); it must stay zip.
class LL(list):
    def __iter__(self):
        return iter("ab")


class TT(tuple):
    pass


print(list(zip()), list(zip([1, 2])), list(zip((1, 2), "xyz")), list(zip(LL([5]), TT((6, 7, 8)))))
xs = [1, 2, 3]
ys = (4, 5, 6, 7)
out = []
for a, b in zip(xs, ys):
    out.append(a + b)
    if len(xs) < 5:
        xs.append(a * 10)
print(out, xs)
z = zip(xs, ys)
print(next(z), iter(z) is z, list(z), list(z), next(z, "end"))
g = (c for c in "pq")
print(list(zip(g, [1, 2, 3])), list(g))
it = iter([1, 2, 3])
print(list(zip(it, it)), list(it))
for args in [(1,), ([1], 2), ("a", None, [])]:
    try:
        print(list(zip(*args)))
    except TypeError as e:
        print("TypeError:", e)
e = []
for a, b in zip(e, e):
    print("never")
w = [0, 1, 2, 3]
for a, b in zip(w, w):
    del w[0]
print(w, a, b)
print(list(zip(range(3), [7, 8])), dict(zip("abc", (1, 2, 3))))
