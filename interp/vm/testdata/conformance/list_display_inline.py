# Lists made by displays (BUILD_LIST) carry their items in the list's own
# allocation; they must behave as any list: growing past the display's
# size, shrinking, aliasing, identity, extend from self, slices, sizes.
import sys

s0 = "abc"
a = [s0]
b = [s0]
print(a == b, a is b, a[0] is b[0], len(a))
a.append(1)
a.append(2)
print(a, b, sys.getsizeof(b), sys.getsizeof([]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3]))
for n in range(0, 11):
    l = list(range(n))
    d = eval("[" + ", ".join(str(i) for i in range(n)) + "]")
    print(n, d == l, sys.getsizeof(d), sys.getsizeof(d[:]), sys.getsizeof(d + []))

# many displays alive at once, each mutated independently
keep = []
for i in range(50):
    p = [i, s0, i * 2]
    keep.append(p)
for i, p in enumerate(keep):
    if i % 3 == 0:
        p.append(i)
    elif i % 3 == 1:
        del p[0]
    else:
        p[1:2] = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
print(keep[:6], sum(len(p) for p in keep))

# extend from self, inplace ops, del slices
x = [1, 2, 3]
x.extend(x)
print(x)
x += x
print(x, len(x))
y = [1, 2]
y *= 3
print(y)
z = [1, 2, 3, 4, 5]
del z[1:4]
print(z)
z[:] = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0, -1]
print(z)
w = [3, 1, 2]
w.sort()
print(w, w.pop(), w, w.pop(0), w)
w.insert(0, 7)
w.insert(0, 8)
print(w)

# mutation during iteration of a display
it = [1, 2]
out = []
for v in it:
    out.append(v)
    if len(it) < 6:
        it.append(v * 10)
print(out, it)


class L(list):
    pass


q = L([1, 2])
r = [q, q]
print(type(r[0]).__name__, r[0] is r[1], r)
pairs = [(k, v) for k, v in [[1, "a"], [0, "b"], [1, "c"], [0, "d"]]]
print(sorted(pairs, key=lambda kv: kv[0]))
nested = [[i] for i in range(5)]
for l in nested:
    l.append(l[0] * 2)
print(nested)
e = []
e2 = []
print(e is e2, e == e2)
e.append(e)
print(e, len(e))
