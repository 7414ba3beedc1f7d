# The int probe of `k in s`, s.discard(k) and s.remove(k) reads each
# entry's hash before its key: key 0 shares hash 0 with unused slots,
# False and 0.0; -1 and -2 share hash -2; dummies left by removals sit
# in every run. Each must answer as the general probe does.


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


def show(s):
    return sorted(map(repr, s))


for s in [{False}, {0.0}, {H(0, True)}, {H(0, False)}, {8, 16}, set(), {0}]:
    print(show(s), 0 in s, 0 not in s, 8 in s)

# hash 0 behind a run of dummies and live keys with other hashes
s = set(range(1, 9))
for k in range(1, 9, 2):
    s.discard(k)
print(list(s), [k in s for k in range(10)])
s.discard(0)
s.add(0)
print(list(s), 0 in s)
s.remove(0)
print(list(s), 0 in s)
try:
    s.remove(0)
except KeyError as e:
    print("KeyError", e)

# -1 and -2 collide: each must find itself, not the other
for first, second in [(-1, -2), (-2, -1)]:
    s = {first, second}
    print(list(s), -1 in s, -2 in s, -3 in s)
    s.discard(first)
    print(list(s), -1 in s, -2 in s)
    s.add(first)
    s.discard(second)
    print(list(s), -1 in s, -2 in s)

# an equal non-int key with the int's hash: discard goes through __eq__
s = {H(5, True), 6}
s.discard(5)
print(show(s))
s = {H(5, False), 6}
s.discard(5)
print(show(s))
s = {True, 2}
s.discard(1)
print(show(s), 1 in s, True in s)
s = {2.0, 3}
s.remove(2)
print(show(s), 2 in s)

# a wrapped run near the end of the table and perturbed jumps
s = set()
for k in range(7, 400, 32):
    s.add(k)
for k in range(7, 400, 64):
    s.discard(k)
print(sorted(s), sum(k in s for k in range(400)), [k for k in range(-40, 0) if k in s])
fs = frozenset(range(-20, 20, 3))
print(sorted(fs), [k for k in range(-25, 25) if k in fs])
