# Short lists and tuples made whole (slices, copies, displays, tuple(),
# concatenation) keep their items in the object's own allocation; every
# list operation must still see an ordinary list, and copies must stay
# independent of their source.


def check(tag, a):
    print(tag, a, len(a), type(a).__name__)


src = list(range(10))
for n in range(11):
    c = src[:n]
    c.append("x")
    c.insert(0, "y")
    check("slice+grow", c)
    d = src[:n]
    d.extend(range(5))
    del d[::2]
    check("extend+del", d)
print("source untouched", src)

# a copy is independent of its source in both directions
a = [1, 2, 3]
b = a[:]
b[0] = "b"
a[1] = "a"
print(a, b, a is b)
b += [4, 5, 6, 7, 8, 9]
print(a, b)
b[2:4] = []
print(b)
b[:] = a
print(a, b, a == b, a is b)

# displays of every short size, then every mutator
for n in range(10):
    xs = eval("[" + ", ".join(str(i) for i in range(n)) + "]")
    ys = list(xs)
    ys.reverse()
    ys.sort()
    ys *= 2
    zs = xs * 2
    if xs:
        xs.pop()
        xs.remove(0) if 0 in xs else None
    xs.clear()
    xs.append(n)
    print(n, xs, ys, zs)

# list() of tuples and lists, sorted, reversed slices, strides
t = (5, 3, 1, 4, 2, 9, 8, 7, 6)
for n in range(len(t) + 1):
    l = list(t[:n])
    s = sorted(l)
    l.sort(reverse=True)
    print(n, l, s, l[::-1], l[::2], l[1::3], t[:n][::-2])

# tuples: slices, concatenation, tuple() of a list, then used as keys
base = tuple(range(12))
for n in range(10):
    x = base[:n]
    y = x + (n,)
    z = tuple(list(y))
    print(n, x, y, z, y == z, hash(y) == hash(z), {z: n}[y])
board = [3, 1, 4, 1, 5, 9, 2, 6]
snap = tuple(board)
board[0] = 99
print(snap, board)
placed = ()
for c in range(9):
    placed = placed + (c,)
print(placed, len(placed))

# list and tuple subclasses keep their own ways
class L(list):
    pass


class T(tuple):
    pass


l = L([1, 2, 3])
print(type(l[:]).__name__, type(l + [4]).__name__, l[:2])
tt = T((1, 2))
print(type(tt[:]).__name__, type(tt + (3,)).__name__, type(tuple(l)).__name__)
print(tuple(L([4, 5])), tuple(T((6, 7))), type(T([1, 2])).__name__)

# items that are themselves the list
r = [1, 2]
r.append(r)
print(r, r[:], r[:][2] is r)
