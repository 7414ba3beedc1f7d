# The sorting fast paths (py/sort.go) against 3.7: pre-checked key kinds,
# stability with key= and reverse=, tuples, mixed and user types, min/max.
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return "K(%r)" % self.v

class S(str):
    pass

x = 7
ints = []
for i in range(300):
    x = (x * 1103515245 + 12345) % 2147483648
    ints.append(x % 50 - 25)
print(sorted(ints)[:20], sorted(ints, reverse=True)[:20])
print(sorted(range(200), key=lambda i: ints[i] % 7)[:40])
print(sorted(range(200), key=lambda i: ints[i] % 7, reverse=True)[:40])
strs = ["k%d" % (v % 13) for v in ints]
print(sorted(strs)[:10], sorted(strs, reverse=True)[:10])
print(sorted(range(100), key=lambda i: strs[i])[:30])
print(sorted(range(100), key=lambda i: strs[i], reverse=True)[:30])
fl = [v / 4 for v in ints[:100]] + [0.0, -0.0, 0.0, -0.0]
print(sorted(fl)[:10], sorted(range(104), key=lambda i: fl[i])[-6:], sorted(range(104), key=lambda i: fl[i], reverse=True)[:6])
recs = [(v % 5, "s%d" % (v % 3), v) for v in ints]
print(sorted(recs)[:8], sorted(recs, reverse=True)[:8])
print(sorted(range(120), key=lambda i: (recs[i][0], recs[i][1]))[:30])
print(sorted(range(120), key=lambda i: (recs[i][0], -recs[i][2]), reverse=True)[:30])
print(sorted([(1, K(2)), (1, K(1)), (0, K(5))]))
print(sorted([(1, 2), (1,), (0, 9, 9), (1, 2, 0), ()]))
print(sorted([True, 0, 1, False, -1]), sorted([2**70, 5, -2**65, 0]), sorted([1, 2.5, -3, 0.5]))
print(sorted([S("b"), "a", S("c"), "b"]), [type(v).__name__ for v in sorted([S("b"), "a"])])
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(e)
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print(e)
try:
    sorted(range(10), key=lambda v: 1 / (v - 5))
except ZeroDivisionError as e:
    print(e)
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([K(3), K(1), K(2)]))
big = [K(v) for v in ints[:70]]
print(sorted(big[:5]))
l = [5, 3, 1]
l.sort(key=lambda v: -v)
print(l, sorted("hello"), sorted({"b": 1, "a": 2}), sorted([], key=len), sorted([1], key=lambda v: print("key", v)))
words = ["bb", "a", "ccc", "dd", "e", "ffff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=str.upper, reverse=True))
print(min(ints), max(ints), min(strs), max(strs), min(recs), max(recs))
print(min(range(50), key=lambda i: ints[i] % 5), max(range(50), key=lambda i: ints[i] % 5))
print(min(recs, key=lambda r: (r[2] % 11, r[1])), max(recs, key=lambda r: (r[0], r[1])))
print(max([(1, K(1)), (1, K(3)), (1, K(2))]), min([(1, K(1)), (1, K(3))]))
print(max([1, 2.5, 2]), min([3, True, 2.0]), max("abc", key=ord), min([[2], [1, 5]]))
print(max([nan, 1.0, 2.0]), max([1.0, nan, 2.0]), min([(1, nan), (1, 2.0)]))
try:
    max([1, "a"])
except TypeError as e:
    print(e)
