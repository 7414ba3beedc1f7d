# min/max with a key that picks tuple items (lambda kv: kv[1],
# lambda kv: (kv[1], kv[0])): the VM compares the picked items without
# calling the lambda or making the key tuple, and over d.items() without
# making the pairs it does not keep. Everything here must behave as the
# calls would.

log = []


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        log.append(("eq", self.v, other.v))
        return self.v == other.v

    def __gt__(self, other):
        log.append(("gt", self.v, other.v))
        return self.v > other.v

    def __lt__(self, other):
        log.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return "Loud(%r)" % self.v


d = {"a": 3, "b": 7, "c": 7, "d": 1, "e": 7}
print(max(d.items(), key=lambda kv: kv[1]))
print(min(d.items(), key=lambda kv: kv[1]))
print(max(d.items(), key=lambda kv: (kv[1], kv[0])))
print(min(d.items(), key=lambda kv: (kv[1], kv[0])))
print(max(d.items(), key=lambda kv: (kv[1],)))
print(max(d.items(), key=lambda kv: kv[0]))
r = max(d.items(), key=lambda kv: kv[1])
print(type(r), r == ("b", 7))

# ties keep the first best, for both min and max
recs = [(1, "x", 5), (2, "y", 5), (3, "z", 1), (4, "w", 1), (5, "v", 5)]
print(max(recs, key=lambda r: r[2]), min(recs, key=lambda r: r[2]))
print(max(recs, key=lambda r: (r[2], r[1])), min(recs, key=lambda r: (r[2], r[1])))
print(max(recs, key=lambda r: (r[2], r[0], r[1])))

# user comparisons run in the same order with the same operands
items = [(Loud(1), Loud("a")), (Loud(1), Loud("b")), (Loud(2), Loud("c")), (Loud(2), Loud("c"))]
print(max(items, key=lambda p: (p[0], p[1])))
print(log)
log.clear()
print(min(items, key=lambda p: p[0]))
print(log)
log.clear()
shared = Loud(9)
print(max([(shared, 1), (shared, 2)], key=lambda p: (p[0], p[1])))
print(log)
log.clear()

# items the pattern does not fit: lists, tuple subclasses, short tuples
class Tup(tuple):
    def __getitem__(self, i):
        return -tuple.__getitem__(self, i)


mixed = [[5, 1], (3, 2), Tup((9, 9)), (4, 0), [1, 8]]
print(max(mixed, key=lambda r: r[1]), min(mixed, key=lambda r: r[1]))
print(max(mixed, key=lambda r: (r[1], r[0])), min(mixed, key=lambda r: (r[1], r[0])))
try:
    max([(1, 2), (3,), (5, 6)], key=lambda r: r[1])
except IndexError as e:
    print("IndexError", e)
try:
    max([(1, 2), "ab", (5, 6)], key=lambda r: r[1])
except TypeError as e:
    print("TypeError", e)
try:
    max([(1, "a"), (1, 2)], key=lambda r: (r[0], r[1]))
except TypeError as e:
    print("TypeError", e)
try:
    min([("a",), (2,)], key=lambda r: r[0])
except TypeError as e:
    print("TypeError", e)
print(max([(float("nan"), 1), (1.0, 2), (2.0, 3)], key=lambda r: r[0]))
nan = float("nan")
print(max([(nan, 1), (nan, 2)], key=lambda r: (r[0], r[1])))

# other shapes of key are left to the call
print(max(recs, key=lambda r: r[-1]), max(recs, key=lambda r: r[1] + r[1]))
print(max([(1, 2), (2, 1)], key=lambda r, k=1: r[k]))

# a comparison that grows the dict is caught by the items iterator
k3 = lambda kv: kv[1]


class Boom:
    def __gt__(self, other):
        d3["new"] = 1
        return True

    def __lt__(self, other):
        return False


d3 = {"p": Boom(), "q": Boom(), "r": 2}
try:
    print(max(d3.items(), key=k3))
except RuntimeError as e:
    print("RuntimeError", e)

# empty and default
print(max({}.items(), key=lambda kv: kv[1], default="none"))
try:
    min({}.items(), key=lambda kv: kv[1])
except ValueError as e:
    print("ValueError", e)

# max(...) called where the lambda's call would exceed the recursion limit
def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        try:
            max([(1, 2), (3, 4)], key=lambda r: r[1])
            return ("ok", n)
        except RecursionError as e:
            return ("rec", n, str(e))


res = deep(0)
print(res[0], res[2:] if res[0] == "rec" else "")
print(max(range(5), key=lambda v: -v), max([(1, 1)], key=lambda v: v[0]))
