# Python functions called from built-ins (map, filter, sorted's key, min,
# max, functools-style callbacks) return straight out of the eval loop:
# results, exceptions, frames seen from inside, recursion through the
# built-ins, and recovery after a RecursionError.
import sys

print(list(map(lambda v: v * 3, filter(lambda v: v % 3 == 1, range(20)))))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
print(min(range(10), key=lambda v: abs(v - 4.4)), max("abcde", key=lambda c: ord(c) % 3))


def caller_name(v):
    return sys._getframe(1).f_code.co_name if v == 0 else v


print(list(map(caller_name, [0, 1])))


def frame_local(v):
    f = sys._getframe()
    return f.f_locals["v"] + len(f.f_code.co_name)


print(list(map(frame_local, range(3))))


def bad(v):
    if v == 3:
        raise ValueError("bad %d" % v)
    return v


try:
    print(list(map(bad, range(5))))
except ValueError as e:
    print("ValueError", e)
try:
    sorted(range(5), key=bad)
except ValueError as e:
    print("ValueError", e)


def nested_sort(v):
    return sorted(range(v), key=lambda w: -w)[:2]


print(list(map(nested_sort, range(4))))


def deep(n):
    return sum(map(deep, [n - 1])) + 1 if n > 0 else 0


print(deep(100))
try:
    deep(100000)
except RecursionError:
    # which check trips first (call or comparison) names the message
    print("RecursionError")
print(deep(200))


def gen_key(v):
    yield v


print([next(g) for g in map(gen_key, range(3))])


def counter():
    n = 0

    def step(v):
        nonlocal n
        n += v
        return n
    return step


print(list(map(counter(), range(6))))


class K:
    def __init__(self, v):
        self.v = v

    def key(self, x):
        return (x - self.v) ** 2


print(sorted(range(8), key=K(3).key), list(map(K(2).key, range(4))))
