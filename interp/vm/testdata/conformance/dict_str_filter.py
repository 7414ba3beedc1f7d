# Str lookups that a dict's hash filter (py/dictbloom.go) answers "absent"
# without probing: method calls through an instance dict that may shadow
# the method, attribute reads at sites seeing several classes, globals
# falling through to builtins. Each case adds, deletes, re-adds or clears
# keys around such lookups, with a str subclass whose __hash__ differs.


class A:
    def m(self):
        return "A.m"

    def n(self):
        return "A.n"


class B(A):
    def m(self):
        return "B.m"


def call_all(objs):
    return [o.m() for o in objs] + [o.n() for o in objs]


a, b = A(), B()
print(call_all([a, b, a, b]))

# shadow the method with an instance attribute, after the cache is warm
a.m = lambda: "shadow"
print(call_all([a, b]))
del a.m
print(call_all([a, b]))

# many attributes: the instance dict grows past its small index
for i in range(40):
    setattr(b, "x%d" % i, i)
print(call_all([a, b]))
b.n = lambda: "b-shadow-n"
print(call_all([a, b]))
for i in range(40):
    delattr(b, "x%d" % i)
print(call_all([a, b]))
del b.n
print(call_all([a, b]))

# clear the instance dict, then shadow again
b.__dict__.clear()
print(call_all([a, b]))
b.__dict__["m"] = lambda: "via __dict__"
print(call_all([a, b]))
b.__dict__.pop("m")
print(call_all([a, b]))


# str subclass keys with their own hash: never equal-hashed to the plain name
class S(str):
    def __hash__(self):
        return 12345


c = A()
c.__dict__[S("m")] = lambda: "S-key"
print(c.m(), "m" in c.__dict__, S("m") in c.__dict__)



# attribute reads at one site over several classes (hint misses)
class P:
    def __init__(self):
        self.x = 1


class Q:
    def __init__(self):
        self.y = 2
        self.x = 3


class R:
    x = "class-x"


def xs(objs):
    return [o.x for o in objs]


objs = [P(), Q(), R(), P(), Q(), R()]
print(xs(objs))
objs[2].x = "inst-x"
print(xs(objs))
del objs[2].x
print(xs(objs))

# globals shadowing builtins, added and removed
def uses_len():
    return len("abc")


print(uses_len())
len = lambda s: "global len"
print(uses_len())
del len
print(uses_len())

# plain dicts: get/in of str keys after deletes and re-inserts
d = {}
for i in range(100):
    d["k%d" % i] = i
for i in range(0, 100, 2):
    del d["k%d" % i]
print(sum(1 for i in range(100) if ("k%d" % i) in d), d.get("k3"), d.get("k4"))
for i in range(0, 100, 4):
    d["k%d" % i] = -i
print(len(d), d.get("k4"), d.get("k6"), list(d)[:6])
d.clear()
print(d.get("k3"), "k3" in d)
