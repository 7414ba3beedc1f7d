# SETUP_WITH remembers the last class whose __enter__ and __exit__ were
# Python functions; every change to the class, a base, or the kind of
# the methods must be seen at the next with statement.

log = []


class M:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, t, v, tb):
        log.append("exit")
        return False


class N(M):
    pass


def use(mgr):
    with mgr as x:
        log.append(type(x).__name__)


for i in range(3):
    use(M())
    use(N())
print(log)
log.clear()

# rebinding a method on the class, then on the base
def enter2(self):
    log.append("enter2")
    return 42


M.__enter__ = enter2
for i in range(2):
    use(M())
    use(N())


def exit2(self, t, v, tb):
    log.append("exit2")
    return True


N.__exit__ = exit2
with N():
    raise KeyError("swallowed by exit2")
use(N())
use(M())
print(log)
log.clear()

# an instance attribute is not a special method lookup
m = M()
m.__enter__ = lambda: "instance"
use(m)

# a callable object and a staticmethod in place of a function
class Callable:
    def __call__(self):
        log.append("callable enter")
        return "c"


M.__enter__ = Callable()
use(M())
M.__enter__ = staticmethod(lambda: log.append("static") or "s")
use(M())
M.__enter__ = staticmethod(lambda mgr: "needs one")
try:
    use(M())
except TypeError as e:
    log.append("TypeError: " + str(e))
M.__enter__ = enter2
use(M())
print(log)
log.clear()

# deleting __exit__ and __enter__
del N.__exit__
use(N())  # M's __exit__ again
del M.__exit__
try:
    use(N())
except AttributeError as e:
    log.append("AttributeError: " + str(e))
try:
    use(M())
except AttributeError as e:
    log.append("AttributeError: " + str(e))
M.__exit__ = exit2
use(M())
print(log)
log.clear()

# two classes taking turns, and a class replaced by a same-named one
class A:
    def __enter__(self):
        return "A"

    def __exit__(self, *a):
        return None


class B:
    def __enter__(self):
        return "B"

    def __exit__(self, *a):
        return None


out = []
for i in range(6):
    with (A() if i % 2 else B()) as r:
        out.append(r)
A = type("A", (), {"__enter__": lambda self: "A2", "__exit__": lambda self, *a: None})
with A() as r:
    out.append(r)
print(out)

# a metaclass changing the class through __setattr__
class Meta(type):
    pass


class W(metaclass=Meta):
    def __enter__(self):
        return "W1"

    def __exit__(self, *a):
        return None


got = []
for i in range(3):
    with W() as r:
        got.append(r)
    W.__enter__ = lambda self, i=i: "W%d" % (i + 2)
print(got)
