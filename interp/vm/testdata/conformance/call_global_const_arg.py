# f(x + c) and f(x - c), with f a global, x a local and c an int constant,
# run as one instruction when f is a plain function of one parameter and x
# an inline int (vm/callfast.go). Try to break it: the global rebound to
# other callables or deleted, x of other types, unbound or overflowing, the
# callee's arity, frames, line numbers and tracebacks, recursion limits.
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(18))


def step(n):
    return n


def use(x):
    return step(x + 1), step(x - 1), step(x + 0)


print(use(5))
print(use(2 ** 63 - 1))
print(use(-2 ** 63))
print(use(1.5))
print(use(True))


class I(int):
    def __add__(self, o):
        return "I.__add__"


print(use(I(3)))


def strs(s):
    return step(s + 1)


try:
    strs("a")
except TypeError as e:
    print("TypeError:", e)


def unbound():
    if False:
        x = 1
    return step(x + 1)


try:
    unbound()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

saved = step
step = lambda v: ("lambda", v)
print(use(1))
step = str
print(use(1))


def two(a, b):
    return a + b


step = two
try:
    use(1)
except TypeError as e:
    print("TypeError:", e)


def dflt(a, b=10):
    return a + b


step = dflt
print(use(1))


class K:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "K(%r)" % self.v


step = K
print(use(1))
step = K(0).__init__
print(use(1))


def gen(n):
    yield n


step = gen
print([list(g) for g in use(1)])
del step
try:
    use(1)
except NameError as e:
    print("NameError:", e)
step = saved
print(use(1))
g2 = {}
exec("G = 'other globals'\ndef step(n):\n    return G, n\n", g2)
G = "module globals"
step = g2["step"]
print(use(1))
step = saved


def where(n):
    f = sys._getframe()
    return f.f_back.f_code.co_name, f.f_back.f_lineno, n


def caller(k):
    return where(k - 1)


print(caller(10))


def fail(n):
    if n == 0:
        raise KeyError("zero")
    return fail(n - 1)


try:
    fail(3)
except KeyError:
    print("\n".join(traceback.format_exc().splitlines()))


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError:", e)
old = sys.getrecursionlimit()
sys.setrecursionlimit(50)
got = []


def probe(n):
    got.append(n)
    return probe(n + 1)


try:
    probe(0)
except RecursionError as e:
    print("limit 50:", e, max(got))
sys.setrecursionlimit(old)


def count(n):
    if n == 0:
        return 0
    return count(n - 1) + 1


print(count(500))


def loop_calls(n):
    t = 0
    for i in range(n):
        t += step(i + 3)
    return t


print(loop_calls(100))
