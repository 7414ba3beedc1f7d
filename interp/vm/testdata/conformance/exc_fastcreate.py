# Exception instances made on the fast paths (excalloc.go, withexit.go):
# built-in and user classes called directly, raised as classes, with
# __new__/__init__ overrides, metaclasses, attributes and args mutation,
# and with statements whose __exit__ records are reused.
import sys


class Plain(Exception):
    pass


class Sub(Plain):
    pass


class WithInit(Exception):
    def __init__(self, code):
        self.code = code


class WithSuperInit(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class SeesArgs(Exception):
    def __init__(self, *a):
        self.before = self.args
        super().__init__("replaced")


class WithNew(Exception):
    def __new__(cls, *a):
        o = super().__new__(cls, *a)
        o.made = "by __new__"
        return o


class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)


class Metaed(Exception, metaclass=Meta):
    pass


class MyOSError(OSError):
    pass


class MyKey(KeyError):
    pass


class Mixin:
    def __init__(self, *a):
        print("Mixin.__init__", a)


class Mixed(Mixin, ValueError):
    pass


def show(e):
    # built-in classes with attributes of their own (OSError.errno) keep
    # them elsewhere than __dict__ in CPython: only user classes show it
    d = e.__dict__ if type(e).__module__ != "builtins" else None
    print(type(e).__name__, repr(e), str(e), e.args, d)


for make in [lambda: ValueError(), lambda: ValueError(1), lambda: ValueError(1, 2),
             lambda: KeyError("k"), lambda: StopIteration(5), lambda: SystemExit(3),
             lambda: Plain(), lambda: Plain("x"), lambda: Sub(1, 2, 3),
             lambda: WithInit(7), lambda: WithSuperInit(8), lambda: SeesArgs(1, 2),
             lambda: WithNew("n"), lambda: Metaed("m"),
             lambda: OSError(2, "missing"), lambda: MyKey("mk"), lambda: Mixed("mx"),
             lambda: UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"),
             lambda: ImportError("imp", name="mod")]:
    e = make()
    show(e)

s = StopIteration(5)
print(s.value)
print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(isinstance(OSError(2, "x"), FileNotFoundError), MyOSError(2, "nope").errno, str(MyOSError(2, "nope")))
e = Plain("a")
e.extra = 1
e.args = (1, 2)
show(e)
e = WithSuperInit(3)
print(e.code, e.args, e.__dict__)
e = ValueError("v")
print(e.__traceback__, e.__context__, e.__cause__)

for cls in [ValueError, Plain, Sub, WithInit, WithNew, Metaed, KeyError]:
    try:
        if cls is WithInit:
            raise cls(1)
        raise cls
    except Exception as e:
        print("caught", type(e).__name__, e.args, e.__traceback__.tb_lineno)

try:
    raise Plain("inner")
except Plain:
    try:
        raise Sub("outer")
    except Sub as e:
        print(repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError from Plain
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)

# a class whose __init__ appears later: the fast path must notice
class Late(Exception):
    pass


print(Late(1).args)
Late.__init__ = lambda self, *a: print("Late init", a)
print(Late(2).args)
del Late.__init__
print(Late(3).args)

# with statements: __exit__ records reused across nesting, exceptions,
# returns, generators and exits that are not plain functions
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow


def nested():
    with CM("a"):
        with CM("b", True):
            with CM("c"):
                raise KeyError("x")
        with CM("d"):
            return "ret"


print(nested())


def gen():
    with CM("g"):
        yield 1
        yield 2


g = gen()
print(next(g))
with CM("while suspended"):
    pass
g.close()
g = gen()
print(next(g))
g.close()


class BoundExit:
    def __init__(self):
        self.log = []

    def ex(self, *a):
        self.log.append(a[0])
        return True


holder = BoundExit()


class CM2:
    __exit__ = holder.ex

    def __enter__(self):
        return 1


for i in range(3):
    with CM2():
        raise IndexError(i)
print(holder.log, type(CM2.__exit__).__name__)


class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("never")


try:
    with BadEnter():
        pass
except RuntimeError as e:
    print(e)
for i in range(20):
    with CM("loop%d" % (i % 2), True) as c:
        if i % 3:
            raise ValueError(i)
print("recursion", sys.getrecursionlimit())


def deep(n):
    try:
        return deep(n + 1)
    except RecursionError:
        return ValueError(n).args[0] > 0


print(deep(0))


# __enter__ runs as a frame of the loop: its exceptions, tracebacks,
# frames and recursion must look as if it were called
class Deep:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        print("enter", self.n, sys._getframe(1).f_code.co_name, sys._getframe(1).f_lineno)
        if self.n == 0:
            raise LookupError("bottom")
        with Deep(self.n - 1):
            pass
        return self.n

    def __exit__(self, *a):
        print("exit", self.n, a[0])


def run_deep():
    try:
        with Deep(2) as d:
            print("body", d)
    except LookupError as e:
        tb = e.__traceback__
        while tb:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next


run_deep()


class GenEnter:
    def __enter__(self):
        yield 1

    def __exit__(self, *a):
        print("genenter exit", a[0])
        return True


with GenEnter() as ge:
    print(type(ge).__name__)
    raise KeyError


def recurse_with(n):
    with Deep(0) if n == 0 else CM("r%d" % n, True):
        return recurse_with(n - 1)


try:
    recurse_with(3)
except LookupError:
    print("raised through with")
for i in range(3):
    try:
        with Deep(0):
            print("never")
    except LookupError:
        print("caught", i)
    with CM("after", True):
        raise ValueError
for make in [lambda: ValueError(x=1), lambda: Plain(x=1), lambda: WithInit(1, x=2),
             lambda: OSError(1, x=2), lambda: SyntaxError("m", x=1), lambda: StopIteration(x=1)]:
    try:
        make()
    except TypeError as e:
        print(e)


class NewReturnsOther(Exception):
    def __new__(cls, *a):
        return 42


class InitNone(KeyError):
    __init__ = None


print(NewReturnsOther(1))
try:
    InitNone(1)
except TypeError as e:
    print(e)
Late.__new__ = lambda cls, *a: "new!"
print(Late(5))
