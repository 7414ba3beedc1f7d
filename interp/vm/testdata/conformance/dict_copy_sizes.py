# dict(d), d.copy() and {**d} of small dicts (0, 1, 2, 3, 5, 6 items) are
# made in one allocation sized for the items; the copies must then grow,
# shrink and iterate as any dict.


def check(n):
    src = {}
    for i in range(n):
        src["k%d" % i] = i
    del_first = dict(src)
    for c in (dict(src), src.copy(), {**src}, dict(del_first)):
        assert c == src and c is not src
        c["new"] = -1
        c["k0"] = 99
        for j in range(20):
            c[j] = j * j
        for j in range(0, 20, 3):
            del c[j]
        print(n, len(c), list(c.items())[:4], list(c)[-3:])
        c.clear()
        c["after"] = 1
        print(c, len(src))
    e = dict(src)
    if n:
        print(e.popitem(), e.pop("k0", None), e)
    e.update({"x": 1}, y=2)
    e.setdefault("z", [])
    print(sorted(e.items(), key=repr), src)


for n in (0, 1, 2, 3, 5, 6, 9):
    check(n)


class D(dict):
    pass


one = D(a=1)
c = dict(one)
print(type(c).__name__, c, type(one.copy()).__name__)
c["b"] = 2
print(one, c)
k = {("t", 1): "v"}
k2 = dict(k)
k2[("t", 2)] = "w"
print(k, k2, k2.get(("t", 1)), ("t", 2) in k)
