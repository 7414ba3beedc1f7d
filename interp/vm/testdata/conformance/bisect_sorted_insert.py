import bisect
scores = []
for s in [55, 90, 72, 90, 10, 65, 88]:
    bisect.insort(scores, s)
print(scores, bisect.bisect_left(scores, 90), bisect.bisect_right(scores, 90), bisect.bisect(scores, 50))
def index(a, x):
    i = bisect.bisect_left(a, x)
    return i if i != len(a) and a[i] == x else -1
print([index(scores, v) for v in [10, 72, 91]])
keys = [r[0] for r in [(1, "a"), (3, "b"), (5, "c")]]
print(bisect.bisect(keys, 4), bisect.bisect_left([1.0, 2.5, 2.5, 3.0], 2.5), bisect.bisect_right("acegi", "d"))
