# `t += c` of one ascii character into an owned str, across block sizes,
# with the hash read between appends, a str subclass and non-ascii chars.


class S(str):
    def __radd__(self, other):
        return "S(" + other + ")"


def build(src, n):
    t = ""
    hs = []
    for ch in src * n:
        t += chr(ord(ch) ^ 1)
        if len(t) % 7 == 3:
            hs.append(hash(t) == hash(t[:]) and t == "".join(list(t)))
            d = {t: len(t)}
            hs.append(d.get(t[:len(t)]))
    return t, len(t), hs


for n in (1, 3, 9, 17, 40, 70, 107, 108, 109, 130):
    t, k, hs = build("ab", n)
    print(k, t[:12], t[-6:], all(h is not False for h in hs), hs[-2:])


def mixed(items):
    t = ""
    for c in items:
        t += c
    return t, len(t), ascii(t)


print(mixed(["a", "b", "é", "c", "d"]))
print(mixed(["x"] * 50 + ["€"] + ["y"] * 5))
print(mixed(["a", S("b"), "c"]))
print(mixed(["ab", "c", "", "d", "e" * 30, "f"]))
try:
    mixed(["a", 1])
except TypeError as e:
    print("TypeError", e)
keep = []
for i in range(3):
    t = ""
    for ch in "xyz":
        t += ch
    keep.append(t)
print(keep, keep[0] is keep[1])
