# set.add / discard / remove of an int go by the probe alone when the
# entry with the int's hash is the int itself (or there is none); any
# other entry with that hash is compared by __eq__ as before. Iteration
# order shows the table, so it must be CPython's after every step.


class H:
    def __init__(self, h, eq):
        self.h, self.eq = h, eq

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq called", self.h, other)
        return self.eq

    def __repr__(self):
        return "H(%d, %s)" % (self.h, self.eq)


# order after adds and removes that leave dummies, then reuse them
s = set()
for k in [5, 13, 21, 29, -3, -1, -2, 0, 8, 16]:
    s.add(k)
print(list(s))
for k in [13, -1, 0, 99]:
    s.discard(k)
print(list(s), len(s))
for k in [-1, 13, 37, 0, 45, 5]:
    s.add(k)
print(list(s), len(s))

# churn through a table until it resizes, several times
s = set()
for i in range(300):
    s.add(i * 7 - 100)
    if i % 4:
        s.remove(i * 7 - 100)
    if i % 50 == 0:
        print(len(s), list(s)[:12])
print(len(s), list(s))

# the nqueens shape: add and remove the same few keys many times
d = set()
for rep in range(40):
    for r in range(8):
        for c in range(8):
            if (r - c) not in d:
                d.add(r - c)
            if (r + c) % 3 == 0:
                d.discard(r - c)
print(sorted(d), len(d))

# hash near the modulus and beyond it
s = set()
for k in [2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61 - 1), -(2 ** 61), 1, 0]:
    s.add(k)
print(list(s), len(s))
for k in [2 ** 61 - 1, 0, -(2 ** 61)]:
    s.discard(k)
print(list(s), len(s))

# equal but not identical keys: True, 1.0, and __eq__ of their own
s = {True, 2.0}
s.add(1)
s.add(2)
s.add(3)
print(s, [type(k).__name__ for k in s])
s.discard(1)
s.remove(2)
print(s)
s = {H(7, True)}
s.add(7)
print(s)
s.discard(7)
print(s)
s = {H(7, False)}
s.add(7)
print(sorted(map(repr, s)))
s.discard(7)
print(sorted(map(repr, s)))
s = {H(-2, True)}
s.add(-1)
print(s)
s.remove(-1)
print(s)
s = {H(-1, False)}
s.add(-1)
print(sorted(map(repr, s)))

# errors keep their messages
s = {1, 2}
try:
    s.remove(3)
except KeyError as e:
    print("KeyError", repr(e))
try:
    s.remove(-1)
except KeyError as e:
    print("KeyError", repr(e))
try:
    frozenset({1}).add(2)
except AttributeError as e:
    print("AttributeError", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError", e)


# subclasses: overridden add/discard win; inherited ones still work
class S(set):
    def add(self, k):
        print("add", k)
        set.add(self, k * 2)


class T(set):
    pass


a = S()
a.add(3)
a.add(4)
print(sorted(a))
t = T([1, 2, 3])
t.add(4)
t.discard(1)
t.remove(2)
print(sorted(t), type(t).__name__)

# int subclasses are not inline ints: __hash__/__eq__ of their own
class I(int):
    def __hash__(self):
        print("hash I", int(self))
        return int.__hash__(self)


s = {1, 2}
s.add(I(2))
s.add(I(9))
print(sorted(s))
s.discard(I(1))
print(sorted(s))

# a big set built by adds equals one built by a literal, order included
s = set()
for i in range(-50, 50, 3):
    s.add(i)
print(list(s) == list(set(range(-50, 50, 3))), list(s)[:10])
