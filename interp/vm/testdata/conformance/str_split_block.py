# s.split(c) for a one-byte separator makes the list, its items and the
# pieces' headers as one block: the list must behave as any other when
# mutated, grown and shrunk, and pieces must outlive it unchanged.


for n in range(0, 30):
    s = "|".join(str(i) * (i % 3) for i in range(n))
    parts = s.split("|")
    assert "|".join(parts) == s, (n, s, parts)
    print(n, len(parts), parts[:4], parts[-2:])

p = "a,bb,,ccc,é,dd".split(",")
keep = p[3]
p.append("x")
p.extend(["y", "z"])
p.insert(0, "w")
p[1] = 42
del p[2]
p.sort(key=str)
print(p, keep, type(keep), len(keep))
q = "1:2:3".split(":")
q2 = q
q += ["4"]
print(q, q is q2, q.pop(), q.pop(0), q)
r = "a b c d".split(" ")
r[1:3] = ["X"] * 5
print(r, r.index("X"), r.count("X"))
r.clear()
print(r, "x;y".split(";") == ["x", "y"], "x;y".split(";") is "x;y".split(";"))
t = "k1=v1&k2=v2".split("&")
d = dict(x.split("=") for x in t)
print(d, sorted(d), hash(t[0]) == hash("k1=v1"), t[0] == "k1=v1", t[0] is not "k1=v1")
del t
x = [str(i) * 50 for i in range(20000)]
print(d)

class S(str):
    pass

u = S("no-sep").split(",")
v = S("a,b").split(",")
print(u, type(u[0]), v, type(v[0]), type(v))

class L(list):
    pass
print(L("a.b".split(".")), "a.b".split(".") * 2, ["z"] + "a.b".split("."))
print("é,€,x".split(","), "".split(","), ",".split(","), "abc".split("b"))
w = ",".join("w%d" % i for i in range(40)).split(",")
print(len(w), w[0], w[-1])
