# map(f, x) keeps the iterator of an exact str, list or tuple in its own
# object, and sum() over a non-generator iterator folds without a sink:
# subclasses with their own __iter__, mutation while mapping, errors.

print(sum(map(ord, "abc")), sum(map(ord, "héllo\u20ac")), sum(map(ord, "")))
print(list(map(str.upper, "xyz")), list(map(len, ["a", "bb", ()])), list(map(abs, (-1, 2, -3))))

class L(list):
    def __iter__(self):
        return iter([10, 20])

class S(str):
    def __iter__(self):
        return iter("ZZ")

class Tu(tuple):
    def __iter__(self):
        yield 7

print(list(map(str, L([1, 2, 3]))), list(map(ord, S("ab"))), list(map(int, Tu((1, 2)))))
print(sum(map(int, L([1, 2, 3]))), sum(map(ord, S("abc"))), sum(Tu((1, 2))))

xs = [1, 2, 3]
def grow(v):
    if len(xs) < 6:
        xs.append(v * 10)
    return v
print(list(map(grow, xs)), xs)

ys = [1, 2, 3, 4]
def shrink(v):
    if ys:
        ys.pop()
    return v
print(list(map(shrink, ys)), ys)

m = map(ord, "ab")
print(next(m), next(m), next(m, "end"), list(m))
it = iter("q")
m2 = map(ord, it)
print(list(m2), list(it))

print(sum(iter([1, 2.5, 3])), sum(map(float, "123"), 0.5), sum(iter([]), 7))
print(sum(iter([[1], [2]]), []), sum(x for x in range(5)), sum(iter([2 ** 64, 1])))
print(sum({1: "a", 2: "b"}), sum({3, 4}), sum(range(4)), sum(reversed([1, 2])))

def bad(c):
    if c == "b":
        raise ValueError("no b")
    return ord(c)
try:
    sum(map(bad, "abc"))
except ValueError as e:
    print("ValueError", e)
try:
    sum(map(ord, ["a", "bc"]))
except TypeError as e:
    print("TypeError", e)
try:
    sum(iter(["a", "b"]))
except TypeError as e:
    print("TypeError", e)
try:
    sum(map(ord, "ab"), "")
except TypeError as e:
    print("TypeError", e)

def stop(c):
    if c == "c":
        raise StopIteration
    return ord(c)
print(sum(map(stop, "abcd")), list(map(stop, "abcd")))

class N:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return N(o + self.v)
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
print(sum(map(N, [1, 2, 3])).v)

# any() and all() over iterators that are not generators
seen = []
def note(v):
    seen.append(v)
    return v
print(any(map(note, [0, "", 3, 4])), seen)
print(all(map(note, [1, 0, 2])), seen)
print(any([]), all([]), any(iter([0, 0.0])), all(iter("ab")), any("x"), all(()))
print(any({0: 1}), all({1: 0, 2: 0}), any(range(0)), all(range(1, 5)))
class B:
    def __bool__(self):
        raise RuntimeError("no bool")
try:
    any([B()])
except RuntimeError as e:
    print("RuntimeError", e)
try:
    all(5)
except TypeError as e:
    print("TypeError", e)
print(any(x > 2 for x in [1, 2, 3]), all(x for x in [1, 0]))
