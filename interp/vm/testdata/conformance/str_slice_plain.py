# s[a:b] of ascii strs without a step: bounds None, negative, past
# either end, crossed, bools and big ints, the whole str (itself, for an
# exact str), subclasses and non-ascii text, at every short length.


class S(str):
    pass


w = "gamma"
print(w[:2], w[-2:], w[1:-1], w[-9:2], w[3:99], w[4:1], repr(w[5:]), w[:], w[:] is w, w[0:5] is w)
print(w[True:], w[:False], repr(w[:0]), w[2:3], w[-1:])
print(w[:10**20], w[-10**20:2], w[10**20:])
t = S("subclass")
print(t[:3], type(t[:3]), type(t[:]), t[:] is t)
u = "né-ascii"
print(u[:2], u[1:4], u[-3:], u[:] is u)
for n in range(0, 22):
    s = "".join(chr(97 + (i * 5) % 26) for i in range(n))
    row = [s[a:b] for a in (None, 0, 1, -3, n - 1) for b in (None, -1, 2, n, n + 4)]
    print(n, " ".join(repr(x) for x in row))
for bad in (1.5, "x", [1]):
    try:
        w[bad:]
    except TypeError as e:
        print("TypeError:", e)
    try:
        w[:bad]
    except TypeError as e:
        print("TypeError:", e)
