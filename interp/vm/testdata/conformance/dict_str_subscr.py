# d[k] with an exact dict and an exact str key: equal text from another
# object, str-subclass keys (stored and looked up) with their own __eq__
# and __hash__, keys of other types whose hash collides with a str's,
# missing keys, dict subclasses with __missing__, and mutation in between.


class S(str):
    def __eq__(self, other):
        print("S.__eq__", str.__str__(self), repr(other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


class Collide:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        print("Collide.__eq__", self.text, repr(other))
        return other == self.text


class Missing(dict):
    def __missing__(self, key):
        return "missing " + key


env = {"push": 1, "load": 2, "store": 3}
key = "".join(["lo", "ad"])
print(env["push"], env[key], env["st" + "ore"])
try:
    env["nope"]
except KeyError as e:
    print("KeyError", e)

mixed = {S("push"): "S-key", 7: "int"}
print(mixed["push"])
mixed2 = {Collide("load"): "collide"}
print(mixed2["load"])
try:
    print(mixed2["other"])
except KeyError as e:
    print("KeyError", e)
print(env[S("push")])
print(Missing(a=1)["a"], Missing(a=1)["b"])

counts = {}
words = ["a", "b", "a", "c", "b", "a"] * 50
for w in words:
    counts[w] = counts[w] + 1 if w in counts else 1
print(sorted(counts.items()))

d = {"x": 0}
total = 0
for i in range(500):
    total += d["x"]
    d["x"] = i
    if i == 250:
        d.clear()
        d["x"] = -1
        d["y"] = 2
    if i == 300:
        del d["y"]
print(total, d)
empty = {}
try:
    empty["x"]
except KeyError as e:
    print("KeyError", e)


# a __hash__ result of machine size is the hash as it is; a bigger one is
# reduced as int's hash is (so S above finds "push")
class H:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v


for v in (0, 1, -1, -2, 2**61 - 1, 2**61, 2**63 - 1, -2**63, 2**64, -2**64, 2**100, True, False):
    print(v, hash(H(v)))
print(hash(S("push")) == hash("push"), {S("k"): 1}.get("k"))
