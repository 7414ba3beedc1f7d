# The fused forms of superinstr.go for returns, kept compares and item
# loads into locals: every operand kind that must leave the fast path
# (overflow, subclasses with dunders, str formatting, errors with their
# traceback lines, unbound locals, returns through finally).
import sys


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def zero():
    return 0


def none():
    return None


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def fmt(a, b):
    return a % b


class N(int):
    def __add__(self, other):
        return "N.__add__"

    def __sub__(self, other):
        return "N.__sub__"


class R:
    def __radd__(self, other):
        return ("radd", other)


big = 2 ** 62
for args in [(1, 2), (big, big), (-big, -big - 10), (1.5, 2), ("a", "b"),
             ([1], [2]), (N(1), 2), (1, N(2)), (1, R()), ((1,), (2,))]:
    out = []
    for f in (add, sub, mul):
        try:
            out.append(f(*args))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    print(out)
print(fmt("%d-%s", (1, "x")), fmt(7, 3), zero(), none())
try:
    add(1, "x")
except TypeError as e:
    print(e, lines(sys.exc_info()[2]))


def ret_finally(a, b):
    try:
        return a + b
    finally:
        print("finally", a)


def ret_const_finally():
    try:
        return 5
    finally:
        print("finally const")


def ret_const_loop():
    for i in range(3):
        if i == 1:
            return "from loop"


print(ret_finally(2, 3), ret_const_finally(), ret_const_loop())


class E:
    def __eq__(self, other):
        print("E.__eq__", other)
        return "eq!"

    def __lt__(self, other):
        return NotImplemented


def keep(x):
    a = x is None
    b = x is not None
    c = x == 3
    d = x < 10
    return a, b, c, d


for v in [None, 3, 3.0, 12, True, E(), "s"]:
    try:
        print(repr(v) if not isinstance(v, E) else "E", keep(v))
    except TypeError as e:
        print("TypeError:", e, lines(sys.exc_info()[2]))


def item(seq, i):
    k = seq[0]
    x = seq[i]
    return k, x


class L(list):
    def __getitem__(self, i):
        return ("L", i)


for seq, i in [([1, 2, 3], 2), ((4, 5), -1), ([7], -1), (L([1, 2]), 1),
               ("abc", 1), ({0: "zero", 2: "two"}, 2)]:
    print(item(seq, i))
for seq, i in [([1, 2], 5), ([], 0), ((1,), "x"), (None, 0)]:
    try:
        print(item(seq, i))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, lines(sys.exc_info()[2]))


def unbound_seq():
    try:
        k = seq[0]
    except UnboundLocalError as e:
        print(e)
    seq = [1]
    return k if False else seq


def unbound_key(s):
    try:
        x = s[i]
    except UnboundLocalError as e:
        print(e)
    i = 0
    x = s[i]
    return x


print(unbound_seq(), unbound_key([9]))


def consts(s):
    # two constants pushed in a row (opLoadConst2), also before fused forms
    x = divmod(7, 2)
    y = s[::-1], s[1::2], s[None:None:-2]
    z = max(3, 4) + min(5, 6)
    return x, y, z, pow(2, 10, 1000)


print(consts("abcdef"), consts([1, 2, 3]))
