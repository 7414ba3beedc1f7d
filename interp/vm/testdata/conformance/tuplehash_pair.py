# A pair of exact strs hashes by an unrolled tuplehash: it must agree
# with the general loop (reached through str subclasses and mixed
# pairs), and pairs must still work as dict and set keys.
class S(str):
    pass

class H(str):
    def __hash__(self):
        return 7

words = ["", "a", "ka", "kalo", "é", "日本", "x" * 40]
ok = True
for a in words:
    for b in words:
        h = hash((a, b))
        if h != hash((S(a), b)) or h != hash((a, S(b))) or h != hash((S(a), S(b))):
            ok = False
print(ok)
print(hash(("a", H("b"))) == hash(("a", H("c"))), hash((H("b"), "a")) == hash((H("c"), "a")))
print(hash(("a", "b")) == hash(("a", "b", "c")[:2]), hash(("a", "b")) != hash(("b", "a")))
d = {}
for i in range(200):
    k = (words[i % 7], words[(i * 3) % 7])
    d[k] = d.get(k, 0) + 1
print(len(d), d[("a", "ka")] if ("a", "ka") in d else None)
print(("a", "b") in {("a", "b")}, (S("a"), "b") in {("a", "b")}, ("a", H("b")) in {("a", "b")})
try:
    hash(("a", []))
except TypeError as e:
    print("TypeError:", e)
