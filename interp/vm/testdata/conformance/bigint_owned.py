# Big ints rewritten in place by `x = x op y` and `a, b = b, a op b` in a
# loop (vm/bigown.go): every way another reference to the box could exist
# must see the old value unchanged.
import sys

BIG = 10 ** 30


def fact(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    return f


def escapes_between_loops():
    # the product escapes into a list between runs of the loop
    out = []
    f = 1
    for rep in range(4):
        for i in range(2, 40):
            f *= i
        out.append(f)
    a = [x % 1000003 for x in out]
    print("escapes", a, out[0] == fact(39), out[1] // out[0] == fact(39))


def copied_then_loop():
    f = BIG * BIG
    g = f
    for i in range(1, 30):
        f *= i
    print("copied", g == BIG * BIG, f // g == fact(29))


def locals_snapshot():
    f = BIG * 7
    snaps = []
    for i in range(1, 12):
        f *= i
        snaps.append(locals()["f"])
    print("locals", [s % 999983 for s in snaps], snaps[-1] == BIG * 7 * fact(11))
    ok = all(snaps[k] * (k + 2) == snaps[k + 1] for k in range(len(snaps) - 1))
    print("locals chain", ok)


def frame_snapshot():
    f = BIG * 3
    seen = []
    for i in range(1, 10):
        f *= i
        seen.append(sys._getframe().f_locals["f"])
    print("frame", all(seen[k] * (k + 2) == seen[k + 1] for k in range(len(seen) - 1)))


def peek(depth):
    return sys._getframe(depth).f_locals["f"]


def caller_peeks():
    f = BIG * 5
    seen = []
    for i in range(1, 10):
        f *= i
        seen.append(peek(1))
    print("peek", all(seen[k] * (k + 2) == seen[k + 1] for k in range(len(seen) - 1)))


def vars_eval_dir():
    f = BIG * 11
    seen = []
    for i in range(1, 8):
        f *= i
        seen.append(vars()["f"])
        seen.append(eval("f"))
        dir()
    print("vars/eval", all(seen[2 * k] == seen[2 * k + 1] for k in range(7)),
          all(seen[2 * k] * (k + 2) == seen[2 * k + 2] for k in range(6)))


STASH = []


class Stasher:
    def __rmul__(self, other):
        STASH.append(other)
        return other

    def __radd__(self, other):
        STASH.append(other)
        return other


def user_operand():
    f = BIG * 13
    ops = [2, Stasher(), 3, 5, Stasher(), 7]
    for y in ops:
        f *= y
    print("user", [s % 1000003 for s in STASH], f % 1000003, STASH[0] == BIG * 26)
    STASH.clear()
    a, b = BIG, BIG * 2
    ys = [Stasher()]
    for k in range(5):
        a, b = b, a + b
    print("swap", a % 1000003, b % 1000003)


GLOBAL_BIG = 2 ** 100


class Back:
    def __rmul__(self, other):
        return GLOBAL_BIG


def returns_global():
    f = BIG
    for y in [3, Back(), 5, 7, 11]:
        f *= y
    print("global", GLOBAL_BIG == 2 ** 100, f == 2 ** 100 * 5 * 7 * 11)


def argument(f, n):
    for i in range(2, n):
        f *= i
    return f


def args_not_owned():
    x = BIG * 17
    y = argument(x, 20)
    print("arg", x == BIG * 17, y == x * fact(19))


def fib_swap(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


def swap_escapes():
    res = []
    a, b = 0, 1
    for rep in range(3):
        for _ in range(200):
            a, b = b, a + b
        res.append((a, b))
    fa, fb = fib_swap(600)
    print("fibswap", res[2] == (fa, fb), [x % 1000003 for p in res for x in p])
    x, y = BIG, -BIG * 3
    for _ in range(50):
        x, y = y, x - y
    print("subswap", x % 1000003, y % 1000003, x.bit_length(), y.bit_length())
    x, y = 3, BIG
    for _ in range(6):
        x, y = y, x * y
    print("mulswap", x % 1000003, y % 1000003, y.bit_length())


def shrinking():
    f = BIG * BIG
    for y in [-BIG, BIG, -(BIG * BIG), 5, -7]:
        f += y
    print("shrink", f, type(f))
    g = 2 ** 64
    for y in range(1, 5):
        g -= y
    print("shrink2", g)
    h = -(2 ** 70)
    for y in [3, -1, 0, 5, -2]:
        h *= y
    print("mulzero", h)
    k = 2 ** 70
    for y in [-1, -1, -3, True, False, True]:
        k *= y
        print("k", k, end=" ")
    print()


class I(int):
    pass


def subclass_operand():
    f = BIG
    for y in [I(3), I(-4), 5]:
        f *= y
        print(type(f).__name__, end=" ")
    print(f)
    g = I(BIG)
    for y in [2, 3]:
        g *= y
        print(type(g).__name__, end=" ")
    print(g)


def subclass_quiet():
    f = BIG
    for y in [I(3), True, I(-4), 5, False, True, BIG, I(7)]:
        f *= y
    print("quiet", type(f).__name__, f)
    f = BIG * BIG
    for y in [I(3), True, -BIG, I(BIG), BIG * BIG * 3]:
        f += y
    print("quiet+", type(f).__name__, f)
    a, b = I(BIG), I(5)
    for _ in range(4):
        a, b = b, a + b
    print("quietswap", type(a).__name__, type(b).__name__, a, b)
    a, b = 1.5, BIG
    for _ in range(3):
        a, b = b, a + b
    print("floatswap", a, b)
    a, b = "x", "y"
    for _ in range(3):
        a, b = b, a + b
    print("strswap", a, b)


def closure_cell():
    f = BIG
    get = lambda: f
    seen = []
    for i in range(2, 6):
        f *= i
        seen.append(get())
    print("cell", seen == [BIG * fact(k) for k in range(2, 6)])


def gen_owned():
    f = BIG
    for i in range(2, 8):
        f *= i
        yield f


def generators():
    vals = list(gen_owned())
    print("gen", all(vals[k] * (k + 3) == vals[k + 1] for k in range(len(vals) - 1)))


def recursion(n, acc):
    f = acc
    g = 1
    for i in range(2, 30):
        g *= i
    if n:
        r = recursion(n - 1, g)
        return r, g
    return g, g


def identity():
    f = BIG
    prev = None
    same = 0
    for i in range(2, 50):
        f *= i
    g = f
    for i in range(1, 3):
        f *= 1
    print("identity", g == f, g is f)


def exception_in_loop():
    f = BIG
    seen = []
    for y in [2, 3, None, 5, 7]:
        try:
            f *= y
        except TypeError as e:
            seen.append(e.__traceback__.tb_frame.f_locals["f"])
            print("err", e)
    print("tb", seen[0] == BIG * 6, f == BIG * 210)


def deleted():
    f = BIG
    for i in range(2, 6):
        f *= i
        if i == 4:
            del f
            f = BIG
    print("del", f == BIG * 5)
    try:
        for i in range(3):
            del g
            g *= 2
    except UnboundLocalError as e:
        print(e)
    g = 1
    try:
        for i in range(3):
            a, b = b, a + b
    except UnboundLocalError as e:
        print(e)


def nested_same_local():
    total = 0
    for rep in range(3):
        f = BIG
        for i in range(1, 10):
            f *= i
        total = total + f
    print("nested", total == 3 * BIG * fact(9))


def bigbig():
    f = BIG
    for i in range(5):
        f *= f
    print("square", f == BIG ** 32)
    f = 3
    for y in [BIG, BIG, -BIG]:
        f *= y
    print("bigbig", f == -3 * BIG ** 3)


def store_forms():
    # x = e1 op e2: the result written over the box x owns
    x = fact(40)
    steps = 0
    while x > 1 and steps < 200:
        x = x // 3 + (x % 1000)
        steps += 1
    print("divloop", x, steps)
    keep = []
    x = BIG ** 3
    for k in range(6):
        x = x * 7 - (x % 5)
        if x > 10:
            keep.append(x // 1)
    print("keep", [v % 1000003 for v in keep], keep[0] < keep[1])
    x = BIG
    y = BIG * 3
    for k in range(5):
        x = x + 0
        x = y + x
        x = 2 * x
    print("self", x, y)
    out = []
    for k in range(4):
        z = BIG * k - BIG
        out.append(z)
    print("fresh", out)
    for k in range(3):
        s = "ab" + str(k)
        t = [k] + [k]
        u = 1.5 * k
        w = k - 10 ** 20
    print("types", s, t, u, w)
    a = BIG
    for k in range(4):
        a = a * 3 + (Stasher() if k == 1 else 1)
    print("user", a, STASH, STASH[0] == BIG * 9 + 3)
    del STASH[:]
    acc = 0
    for k in range(100):
        acc = acc * 1 + k
    print("small", acc)
    v = BIG
    snaps = []
    for k in range(3):
        snaps.append(locals()["v"])
        v = v * 3 + 1
    print("locals", snaps, v)
    q = 2 ** 70
    seen = []
    for k in range(3):
        seen.append(sys._getframe().f_locals["q"])
        q = q * 2 - 1
    print("frame", seen, q)
    e = BIG
    try:
        for k in range(3):
            e = e * 2 + (None if k == 2 else 1)
    except TypeError as exc:
        print("err", exc, e)
    g = 2 ** 80
    for k in range(3):
        g = g * 1 - 2 ** 80
    print("tosmall", g, type(g))


store_forms()
escapes_between_loops()
copied_then_loop()
locals_snapshot()
frame_snapshot()
caller_peeks()
vars_eval_dir()
user_operand()
returns_global()
args_not_owned()
swap_escapes()
shrinking()
subclass_operand()
subclass_quiet()
closure_cell()
generators()
print("rec", recursion(3, BIG) == (fact(29), fact(29)))
identity()
exception_in_loop()
deleted()
nested_same_local()
bigbig()
