# `not o.a`, `o.a is k` / `is not k` and `return o.a` are fused with the
# attribute load (attrtest.go): every kind of attribute and value must
# behave as the plain instructions do.


class Raiser:
    def __bool__(self):
        raise RuntimeError("no truth")


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Node:
    kind = "class"

    def __init__(self, flag, link):
        self.flag = flag
        self.link = link

    def off(self):
        return not self.flag

    def end(self):
        return self.link is None

    def more(self):
        return self.link is not None

    def is_true(self):
        return self.flag is True

    def get(self):
        return self.link

    def get_kind(self):
        return self.kind

    def test(self):
        return not self.flag and (self.link is not None or not self.kind)

    def branch(self):
        if self.flag:
            return "yes"
        return "no"

    def branch_not(self):
        if not self.flag:
            return 1
        elif self.link is not None and not self.kind:
            return 2
        while not self.link:
            return 3
        return 4

    def or_chain(self):
        return self.link is None or not self.flag

    def store(self):
        x = self.flag
        y = self.link
        return x is self.flag, type(y).__name__

    def ret_is(self):
        return self.link is None

    def ret_not(self):
        return not self.flag


class Slotted:
    __slots__ = ("flag", "link")

    def __init__(self, flag, link=None):
        self.flag = flag
        if link is not None:
            self.link = link

    def off(self):
        return not self.flag

    def end(self):
        return self.link is None

    def get(self):
        return self.link


class Prop(Node):
    @property
    def flag(self):
        return self.__dict__.get("_f", 7)

    @flag.setter
    def flag(self, v):
        self.__dict__["_f"] = v


class Lazy:
    def __getattr__(self, name):
        return name == "flag"

    def off(self):
        return not self.flag

    def get(self):
        return self.link


class Spy(Node):
    def __getattribute__(self, name):
        if name == "flag":
            return 0
        return object.__getattribute__(self, name)


def run(o, names):
    out = []
    for name in names:
        try:
            out.append((name, getattr(o, name)()))
        except Exception as e:
            out.append((name, type(e).__name__, str(e)))
    return out


ALL = ["off", "end", "more", "is_true", "get", "get_kind", "test", "branch", "branch_not", "or_chain", "store", "ret_is", "ret_not"]
values = [True, False, None, 0, 3, "", "s", [], [1], Sized(0), Sized(2), Raiser(), 0.0]
for v in values:
    n = Node(v, v)
    r = run(n, ALL)
    print(repr(v) if not isinstance(v, (Sized, Raiser)) else type(v).__name__, [tuple(type(y).__name__ if isinstance(y, (Sized, Raiser)) else y for y in x[1:]) for x in r])

# one site, several classes and shapes
nodes = [Node(True, None), Prop(False, 1), Spy(True, None), Node(False, Node(1, 2))]
for _ in range(3):
    print([(o.off(), o.end(), o.test(), o.branch(), o.branch_not(), o.or_chain()) for o in nodes])

# shadowing: instance dict entry removed, class attribute then used
n = Node(False, None)
print(n.off(), n.get_kind())
n.kind = "inst"
print(n.get_kind())
del n.kind
print(n.get_kind())
Node.kind = ""
print(n.get_kind(), n.test())
Node.kind = "class"
del n.flag
print(run(n, ["off", "test"]))
n.flag = False
print(n.off())
# a class-level property added later shadows the instance dict
Node.link = property(lambda self: "prop")
print(run(n, ["end", "more", "get", "test"]))
del Node.link
print(run(n, ["end", "more", "get", "test"]))

# slots: set and unset
s = Slotted(True)
print(run(s, ["off", "end", "get"]))
print(run(Slotted(1), ["off", "end", "get"]), run(Prop(0, 1), ["store", "ret_not", "ret_is"]), run(Spy(1, 2), ["store", "ret_not"]))
s.link = None
print(run(s, ["off", "end", "get"]))
s.flag = []
print(s.off())
del s.flag
print(run(s, ["off"]))

# __getattr__ and __getattribute__
lz = Lazy()
print(lz.off(), lz.get())
lz.flag = 0
print(lz.off())
print(Spy(True, None).off(), Spy(True, None).test())


# return o.a in a generator and through finally
def gen(o):
    yield 1
    return o.link


g = gen(Node(1, "done"))
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)


def fin(o):
    try:
        return o.link
    finally:
        print("finally", o.flag)


print(fin(Node(5, 6)))


def fin2(o):
    for i in range(3):
        try:
            return o.link
        finally:
            if i < 1:
                break
    return "after"


print(fin2(Node(5, 6)))


def unbound():
    del_me = Node(1, 2)
    del del_me
    return del_me.link


try:
    unbound()
except UnboundLocalError as e:
    print("unbound", e)


# two attribute loads in a row (the pair form): either may miss
def pair(a, b):
    return a.flag + b.link


def pair_seq(a, b):
    out = []
    for _ in range(3):
        try:
            out.append(pair(a, b))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


print(pair_seq(Node(1, 2), Node(3, 4)))
print(pair_seq(Prop(1, 2), Node(3, 4)))
print(pair_seq(Node(1, 2), Slotted(3, 40)))
print(pair_seq(Slotted(5), Slotted(3, 40)))
print(pair_seq(Slotted(5), Slotted(3)))
print(pair_seq(Lazy(), Node(3, 4)))
print(pair_seq(Node("a", 2), Node(3, "b")))
pn = Node(1, 2)
print(pair(pn, pn))
pn.link = 10
print(pair(pn, pn))
del pn.link
Node.link = 100
print(pair(pn, pn))
del Node.link


def pair_unbound(a):
    if a.flag:
        b = a
    return a.flag + b.link


print(pair_unbound(Node(1, 2)))
try:
    pair_unbound(Node(0, 2))
except UnboundLocalError as e:
    print("unbound", e)


# TOS op o.a (+ - *): ints near the int64 edges, floats, and the rest
class MyInt(int):
    def __radd__(self, other):
        return "radd"

    def __rsub__(self, other):
        return "rsub"


def arith(a, b):
    return (a.flag + b.link, a.flag - b.link, a.flag * b.link)


big = 2 ** 62
cases = [(1, 2), (big, big), (-big, big), (-big - big, 1), (big + big - 1, 1),
         (2 ** 31, 2 ** 31), (-2 ** 31, 2 ** 31 - 1), (3 * 2 ** 31, -5), (2 ** 31, 2 ** 32),
         (1.5, 2.25), (1, 0.5), (0.5, 1), (True, 2), (2, True), ("ab", "cd"), ([1], [2]),
         (5, MyInt(3)), (MyInt(5), 3), (float("inf"), float("inf")), (1e308, 1e308), (-0.0, 0.0)]
for x, y in cases:
    try:
        print(arith(Node(x, 0), Node(0, y)))
    except TypeError as e:
        print("TypeError", e)
print(arith(Slotted(7, 9), Slotted(3, 4)))


def attr_missing(o):
    return not o.missing


attr_missing(Node(1, 2))
