# Sorting fast paths that compare keys as words: ints packed with their
# position, strs by their first bytes, tuples by their first two items.
# Stability, reverse=, word-boundary strings, signed zeros, NaNs, mixed
# columns, subclasses with __lt__, key errors and mutation during sort.


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "T" + self.name


def stable(keys, **kw):
    items = [(k, Tag(str(i))) for i, k in enumerate(keys)]
    return [t for _, t in sorted(items, key=lambda p: p[0], **kw)]


ints = [5, -3, 5, 0, 2 ** 62, -2 ** 63, 2 ** 63 - 1, 0, -3, 7, 5]
print(stable(ints))
print(stable(ints, reverse=True))
print(stable([3, 1, 3, 2, 1] * 5))
print(stable([3, 1, 3, 2, 1] * 5, reverse=True))

words = ["", "a", "a\x00", "abcdefg", "abcdefg\x00", "abcdefgh", "abcdefgh\x00",
         "abcdefghi", "abcdefgi", "é", "ée", "\U0001F600", "k1", "k10", "a", "abcdefgh"]
print(stable(words))
print(stable(words, reverse=True))
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=len))

floats = [0.0, -0.0, 1.5, float("inf"), -float("inf"), -0.0, 0.0, 2, 1e-300]
print(stable(floats))
print(stable(floats, reverse=True))
print(sorted([3.0, float("nan"), 1.0, 2.0]))
print(sorted([1, 2.5, 0, -1.5, True]))

recs = [(i % 3, "k%d" % (i % 4), i % 5, Tag(str(i))) for i in range(20)]
print(sorted(recs, key=lambda r: r[:3]))
print(sorted(recs, key=lambda r: r[:3], reverse=True))
print(sorted(recs, key=lambda r: (r[1], r[0])))
print(sorted(recs, key=lambda r: (r[1][:1] * 9 + r[1], -r[2])))
print(sorted([(1, 2.0), (1, 1), (0, 3), (1, 1.5), (0,), (1,)]))
print(sorted([("b", 1, "x"), ("a",), ("b", 1), ("a", 0, None), ("b", 0)]))
print(sorted([(1, float("nan")), (1, 0.0), (0, 1.0)]))


class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)


print(sorted([Rev(3), Rev(1), Rev(2)]))
print(sorted([(Rev(3), 1), (Rev(1), 2), (Rev(2), 3)]))
print(sorted([(1, Rev(3)), (1, Rev(1)), (0, Rev(2))]))


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    def __repr__(self):
        return "L%d" % self.v


print(sorted([(1, "a", Loud(2)), (0, "b", Loud(1)), (1, "b", Loud(0))]))
print(sorted([(1, "a", Loud(2)), (1, "a", Loud(1))]))


def bad_key(x):
    if x == 3:
        raise KeyError(x)
    return x


try:
    sorted([1, 2, 3, 4], key=bad_key)
except KeyError as e:
    print("KeyError", e)

lst = [3, 1, 2]


def mutating(x):
    lst.append(x)
    return x


try:
    lst.sort(key=mutating)
except ValueError as e:
    print("ValueError", e)
print(lst)

try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError", e)

big = [(2 ** 70, "x"), (1, "y"), (-2 ** 70, "z")]
print(sorted(big))
print(min(recs, key=lambda r: (r[2], r[1])), max(recs, key=lambda r: (r[2], r[1])))
print(min(words), max(words), min(floats), max(floats))
