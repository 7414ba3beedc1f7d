import functools
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__, a)
        return fn(*a, **k)
    return wrapper
@trace
def add(x, y):
    "Add two things."
    return x + y
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__(3, 4), add.__qualname__)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), V(1) >= V(1))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
@functools.singledispatch
def kind(x):
    return "obj"
@kind.register(int)
def _(x):
    return "int"
@kind.register(list)
def _(x):
    return "list"
print(kind(1), kind([]), kind("s"), kind(True))
