# `for c in s` over an exact ascii str iterates in the loop's stack slot,
# without an iterator object: every way in and out of such a loop.

def chars(s):
    out = []
    for c in s:
        out.append(c)
    return out

print(chars("abc"), chars(""), chars("héllo"), chars("a\udcffb"), chars("\x00\x7f"))

s = "hello"
for c in s:
    s = "changed"           # the loop keeps the str it started with
    print(c, end="")
print("", s)

for c in "abcdef":
    if c == "b":
        continue
    if c == "e":
        break
    print(c, end=" ")
else:
    print("no break")
print()
for c in "xy":
    pass
else:
    print("else ran", c)

for a in "ab":
    for b in "ab":
        for a2 in "cd":
            print(a + b + a2, end=" ")
print()

def g(s):
    for c in s:
        got = yield c.upper()
        if got:
            print("sent", got)
it = g("abc")
print(next(it), it.send("x"), next(it))
try:
    next(it)
except StopIteration:
    print("stop")
it2 = g("pq")
print(next(it2))
it2.close()
print(list(g("")), list(g("mn")))

def boom(s):
    for c in s:
        if c == "!":
            raise ValueError(c)
    return "ok"
for t in ["ab!c", "abc"]:
    try:
        print(boom(t))
    except ValueError as e:
        print("ValueError", e)

def make():
    return "zyx"
print([c for c in make()], "".join(c for c in "abc"), {c: 1 for c in "aa"})
for c in make():
    print(c, end="")
print()

class S(str):
    def __iter__(self):
        return iter(["sub", "class"])
for c in S("xyz"):
    print(c, end=" ")
print()
class S2(str):
    pass
for c in S2("uv"):
    print(c, end=" ")
print()

i = iter("abcd")
next(i)
for c in i:
    print(c, end="")
print("", next(i, "done"))
for n, c in enumerate("ab"):
    print(n, c, end="; ")
for c, d in zip("ab", "cd"):
    print(c + d, end="; ")
for c in reversed("abc"):
    print(c, end="")
print()

def locals_in_loop():
    for c in "ab":
        d = dict(locals())
        print(sorted(d), d["c"])
locals_in_loop()

total = 0
for k in range(200):
    for c in str(k):
        total += ord(c)
print(total)
try:
    for c, d in "ab":
        pass
except ValueError as e:
    print("ValueError", e)
