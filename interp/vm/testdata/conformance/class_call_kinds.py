# Calls of classes of each kind the loop constructs without type.__call__
# (a Python __init__ over object.__new__, no __init__ at all, plain
# exceptions, exceptions with a Python __init__), and of the same classes
# after their __init__ or __new__ changes, so a cached answer must not
# outlive the class it was made for.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Bare:
    pass


class Err(Exception):
    pass


class InitErr(Exception):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code


class Sub(Vec):
    pass


def build(i):
    v = Vec(i, i + 1)
    s = Sub(i, 2)
    b = Bare()
    e = Err(i)
    k = KeyError(i)
    ie = InitErr(i)
    return (v.x + v.y + s.x + s.y, type(b).__name__, e.args, k.args, ie.args, ie.code)


total = 0
for i in range(200):
    r = build(i)
    total += r[0]
print(total, build(3))


def init3(self, x, y):
    self.x = x * 10
    self.y = y * 10


Vec.__init__ = init3
print(build(4))


def new_bare(cls):
    print("new_bare", cls.__name__)
    return object.__new__(cls)


Bare.__new__ = new_bare
print(build(5))


def err_init(self, *args):
    print("err_init", args)
    Exception.__init__(self, "wrapped", *args)


Err.__init__ = err_init
print(build(6))

del Vec.__init__
try:
    Vec(1, 2)
except TypeError as e:
    print("TypeError", e)
print(Vec().__class__.__name__)


class Returns:
    def __init__(self, v):
        return v


print(type(Returns(None)).__name__)
try:
    Returns(1)
except TypeError as e:
    print("TypeError", e)

try:
    Err(1, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    InitErr()
except TypeError as e:
    print("TypeError", e)
