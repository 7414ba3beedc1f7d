# Membership of small ints in sets whose keys are all ints (a bitmap
# answers it) must stay exact through every way a set changes, and
# s.add/discard/remove of an int must behave as the builtin methods.


class Eq5:
    def __hash__(self):
        return 5

    def __eq__(self, other):
        print("Eq5.__eq__", other)
        return other == 5


def show(tag, s, keys=(-65, -64, -2, -1, 0, 1, 2, 5, 63, 64, 100)):
    print(tag, sorted(k for k in keys if k in s), len(s), list(s))


s = set()
for k in (-64, -1, 0, 1, 63, 64, -65, 2 ** 70):
    s.add(k)
show("add", s)
s.discard(-1)
s.remove(63)
s.discard(99)
show("removed", s)
try:
    s.remove(63)
except KeyError as e:
    print("KeyError", e)

# keys that are not ints but equal them
t = {True}
print(1 in t, 0 in t, list(t))
t.add(1)
print(list(t))
t.discard(1)
print(t, 1 in t)
u = {1.0, 2}
print(1 in u, 2 in u)
u.discard(1)
print(u, 1 in u)
u = {1, 2}
u.discard(1.0)
print(u, 1 in u)
u.remove(True) if True in u else print("no True")
v = {1, 2, 3}
v.discard(True)
print(v, 1 in v)

# an object whose __eq__ runs
e = Eq5()
w = {1, 2, e}
print(5 in w, 6 in w)
w.discard(5)
print(len(w), 5 in w)
w = {5}
w.add(e)
print(len(w))

# whole-set operations
a = set(range(-10, 10))
b = {x * 2 for x in range(-10, 10)}
show("a", a)
show("or", a | b)
show("and", a & b)
show("sub", a - b)
show("xor", a ^ b)
c = a.copy()
c &= {1, 2, 3, 1000}
show("iand", c)
c |= {5, 6}
show("ior", c)
c -= {1, 6}
show("isub", c)
c ^= {2, 7, 5}
show("ixor", c)
c.intersection_update([7, 3, 8])
show("iu", c)
c.difference_update([7])
show("du", c)
c.symmetric_difference_update([3, 4])
show("sdu", c)
c.update({9: 1, 10: 2}, [11], (12,))
show("upd", c)
c.update(["x"])
print("upd str", len(c), "x" in c, 4 in c, 5 in c)
c.discard("x")
show("after str", c)
p = c.pop()
print("pop", p, p in c)
show("pop", c)
c.clear()
show("clear", c)
c.add(1)
show("after clear", c)
c.__init__([2, 3])
show("init", c)
f = frozenset([1, 2, -3])
show("frozen", f)
print(1 in f | {4}, 4 in f | {4})
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError", e)
d = {x for x in range(200)}
show("big", d)
for x in range(0, 200, 3):
    d.discard(x)
show("big2", d)


# a subclass keeps its own methods
class S(set):
    def add(self, k):
        print("S.add", k)
        set.add(self, k * 10)

    def discard(self, k):
        print("S.discard", k)

    def __contains__(self, k):
        print("S.__contains__", k)
        return set.__contains__(self, k)


z = S()
z.add(1)
z.discard(10)
print(10 in z, 1 in z)

# a busy set of the backtracking shape: adds and removes leave dummies
r = set()
x = 7
hist = []
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    k = x % 41 - 20
    if x & 1:
        r.add(k)
    elif k in r:
        r.remove(k)
    else:
        r.discard(k + 1)
    if i % 500 == 0:
        hist.append(list(r))
print(hist[-1], sorted(k for k in range(-25, 25) if k in r))
print(len(hist), [len(h) for h in hist])

# mutation during iteration
m = {1, 2, 3}
try:
    for k in m:
        m.add(k + 10)
except RuntimeError as err:
    print("RuntimeError", err)
try:
    for k in m:
        m.discard(k)
except RuntimeError as err:
    print("RuntimeError", err)
print(sorted(m))
add = m.add
add(40)
set.add(m, 41)
print(40 in m, 41 in m)
try:
    m.add()
except TypeError as err:
    print("TypeError", err)
try:
    m.add([1])
except TypeError as err:
    print("TypeError", err)
try:
    m.add(1, 2)
except TypeError as err:
    print("TypeError", err)
for name in ("clear", "pop", "copy"):
    try:
        getattr(m, name)(1)
    except TypeError as err:
        print("TypeError", err)
for name in ("discard", "remove", "isdisjoint", "issubset"):
    try:
        getattr(m, name)()
    except TypeError as err:
        print("TypeError", err)
