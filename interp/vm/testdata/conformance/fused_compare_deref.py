# The fused compare-and-branch forms of superinstr.go and eval.go: a
# local or closure variable compared with a constant or tested for
# membership, then branched on, with every operand kind that must leave
# the fast path (subclasses with __eq__, unhashables, unbound names).
import sys


class S(str):
    def __eq__(self, other):
        print("S.__eq__", other)
        return True

    __hash__ = str.__hash__


class I(int):
    def __lt__(self, other):
        print("I.__lt__")
        return True


def kind(op):
    if op == "push":
        return 1
    if op != "pop":
        return 2
    return 3


for v in ["push", "pop", "x", S("pop"), S("zz")]:
    print(repr(v), kind(v))


def t_none(x):
    return "none" if x is None else "some"


def t_not_none(x):
    if x is not None:
        return "some"
    return "none"


def t_float(x):
    if x == 2.5:
        return "2.5"
    return "-"


def t_lt(x):
    if x < 3:
        return "lt3"
    return "ge3"


def t_not_eq(x):
    if not x == "a":
        return "not a"
    return "a"


def t_in(x):
    if x in (1, 2, "a"):
        return "in"
    return "out"


def t_not_in(x):
    if x not in "abc":
        return "not in str"
    return "in str"


for v in [None, 1, 2.5, 3, "a", I(5), 2 ** 70, True]:
    out = []
    for t in [t_none, t_not_none, t_float, t_lt, t_not_eq, t_in, t_not_in]:
        try:
            out.append(t(v))
        except TypeError as e:
            out.append("TypeError: %s" % e)
    print(repr(v), out)


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


def closure():
    seen = set()
    d = {}
    out = []

    def visit(c):
        if c in seen:
            out.append(("again", c))
            return
        seen.add(c)
        if c not in d:
            d[c] = len(d)
        if c < 10:
            out.append(c)

    for c in [1, 2, 1, 3, 2, 11, 1.0, True]:
        visit(c)
    try:
        visit([1])
    except TypeError as e:
        out.append(str(e))
    return out


print(closure())


def unbound_cell():
    def inner(c):
        return c in s

    try:
        inner(1)
    except NameError as e:
        print(type(e).__name__, e)
    s = {1}
    print(inner(1))


unbound_cell()


def unbound_cell_branch():
    def inner(c):
        if c in s:
            return "in"
        if c is s:
            return "is"
        return "out"

    try:
        inner(1)
    except NameError as e:
        print(type(e).__name__, e)
    s = {1}
    print(inner(1), inner(2), inner(s))


unbound_cell_branch()


def chain(op):
    if op == "a":
        return 1
    elif op == "b":
        return 2
    elif op == 3:
        return 3
    elif op == 4.0:
        return 4
    elif op == "e":
        return 5
    return 0


print([chain(v) for v in ["a", "b", 3, 4, 4.0, "e", "f", S("x"), None]])


def unbound_cell_method():
    def inner(c):
        s.add(c)

    try:
        inner(1)
    except NameError as e:
        print(type(e).__name__, e)
    s = set()
    inner(2)
    print(s)


unbound_cell_method()


def unbound_local():
    try:
        if y is None:
            pass
    except UnboundLocalError as e:
        print(e)
    y = None


unbound_local()


class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)


def method_kinds():
    b = Bag()
    s = set()

    def f(x):
        b.add(x)
        s.add(x)

    for i in range(3):
        f(i)
    b.add = lambda x: print("shadowed", x)
    f(9)
    Bag.add = lambda self, x: print("replaced", x)
    del b.add
    f(10)
    print(b.items, sorted(s))


method_kinds()


class Unhashable:
    __hash__ = None


def raises_in_compare():
    s = {1}

    def g(v):
        if v in s:
            return 1
        return 0

    print(g(1), g(2))
    g(Unhashable())


try:
    raises_in_compare()
except TypeError as e:
    print(e, lines(sys.exc_info()[2]))


def raises_in_const_compare(v):
    if v < "a":
        return 1
    return 0


raises_in_const_compare(1)
