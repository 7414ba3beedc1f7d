# CALL_FUNCTION of a plain Python function given exactly its positional
# parameters takes a lean path into a pooled frame (vm/callfast.go). Try to
# break it: recursion limits and their messages, frames and f_back seen from
# inside, tracebacks through the frames, locals left over from an earlier
# call, functions sharing one code with other globals or closures, a code
# swapped under a function, codes alternating at one depth, and the calls
# that must not take the lean path (defaults, wrong counts, generators).
import sys
import traceback


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", fib(15))


def down(n):
    return down(n + 1)


def depth_of_error():
    try:
        down(0)
    except RecursionError as e:
        return str(e)


print(depth_of_error())
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)


def count(n):
    return count(n + 1) if n - 1000 else n


def deepest():
    got = []

    def probe(n):
        got.append(n)
        return probe(n + 1)
    try:
        probe(0)
    except RecursionError as e:
        print("limit 60:", e, max(got))


deepest()
try:
    count(0)
except RecursionError as e:
    print("count:", e)
sys.setrecursionlimit(old)
print("after reset", count(900))


def who():
    f = sys._getframe()
    return (f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno,
            f.f_back.f_back.f_code.co_name)


def caller_a():
    return who()


def caller_b(x):
    return who(), x


print(caller_a())
print(caller_b(7))


def keep_frame():
    return sys._getframe()


fr = keep_frame()
print(fr.f_code.co_name, fr.f_back.f_code.co_name if fr.f_back else None)


def locals_of(a, b):
    c = a + b
    return sys._getframe().f_locals


print(sorted(locals_of(1, 2).items()))
print(sorted(locals_of("x", "y").items()))


def boom(n):
    if n == 0:
        raise ValueError("bottom")
    return boom(n - 1) + 1


try:
    boom(3)
except ValueError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(tb))


def walk_tb():
    try:
        boom(2)
    except ValueError as e:
        t = e.__traceback__
        out = []
        while t is not None:
            out.append((t.tb_frame.f_code.co_name, t.tb_lineno))
            t = t.tb_next
        return out


print(walk_tb())


def maybe(flag):
    if flag:
        late = "set"
    return late


print(maybe(True))
try:
    print(maybe(False))
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def three(a, b, c):
    d = a * 100 + b * 10 + c
    return d


def four(a, b, c, d):
    return (a, b, c, d)


def zero():
    return "zero"


print(three(1, 2, 3), four(1, 2, 3, 4), zero())


def defaults(a, b=5):
    return a + b


print(defaults(1), defaults(1, 2))
try:
    three(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    zero(1)
except TypeError as e:
    print("TypeError:", e)


def gen(n):
    yield n
    yield n + 1


print(list(gen(3)))


def read_global():
    return WHO


WHO = "module"
g2 = {"WHO": "other globals"}
exec("def read_global2():\n    return WHO\n", g2)
other = type(read_global)(read_global.__code__, g2)
print(read_global(), other(), read_global(), g2["read_global2"]())


def make_adder(k):
    def add(x):
        return x + k
    return add


adders = [make_adder(k) for k in range(4)]
print([f(10) for f in adders], [adders[i % 4](i) for i in range(8)])


def first(x):
    return "first", x


def second(x):
    return "second", x


print(first(1))
first.__code__ = second.__code__
print(first(2), second(3))


def p(x):
    return x + 1


def q(x):
    return x * 2


def r(x):
    return -x


total = 0
fs = [p, q, r, p, p, q]
for i in range(30):
    total += fs[i % 6](i)
print("alternating", total)


class Meth:
    def m(self, x):
        return x + 1


bound = Meth().m
print(bound(1), Meth.m(Meth(), 2))


def raiser_in_arg(x):
    return x


def bad():
    return raiser_in_arg(1 / 0)


try:
    bad()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)


def mutual_a(n):
    return n if n <= 0 else mutual_b(n - 1)


def mutual_b(n):
    return n if n <= 0 else mutual_a(n - 2)


print(mutual_a(50), mutual_b(51))


def catch_deep(n):
    try:
        return catch_deep(n + 1)
    except RecursionError:
        return n


print("caught at depth > 900:", catch_deep(0) > 900)
