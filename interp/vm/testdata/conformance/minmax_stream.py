# min and max take one item, compute its key and compare it before taking
# the next: the iterable's and the key function's side effects interleave,
# and a key function that changes a dict being iterated gets the error.
log = []


def gen(n):
    for i in range(n):
        log.append("next %d" % i)
        yield (i * 7) % 5


def key(x):
    log.append("key %d" % x)
    return -x


print(max(gen(5), key=key), log)
log.clear()
print(min(gen(5), key=key), log)
log.clear()
print(max(gen(4)), min(gen(4)), log)

d = {"a": 3, "b": 1, "c": 3}
print(max(d.items(), key=lambda kv: (kv[1], kv[0])))
print(min(d.items(), key=lambda kv: (kv[1], kv[0])))
print(max(d, key=d.get), min(d.values()), max(d.keys()))
try:
    max(d.items(), key=lambda kv: d.setdefault(kv[0] * 2, 0))
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
try:
    min(d, key=lambda k: d.pop(k))
except RuntimeError as e:
    print("RuntimeError", e)
print(d)

# a list the key function appends to is iterated to its new end
lst = [1, 2, 3]
print(max(lst, key=lambda x: (lst.append(x + 10) if x < 3 else 0, x)[1]), lst)

# ties: the first of the equal items wins
print(max([(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))
print(min([(1, "a"), (0, "b"), (0, "c")], key=lambda t: t[0]))

# key=None, default, several arguments, empty input
print(min([], default="empty"), max((), default=None), max([], key=None, default=0))
for args in (([3, 1, 2],), (3, 1, 2)):
    try:
        max(*args, key=None)
    except TypeError as e:
        print("TypeError", e)
print(max(3, 1, 2), min("b", "a", "c", key=str.upper), max([[1], [0, 5]], key=len))
for f in (min, max):
    try:
        f([])
    except ValueError as e:
        print("ValueError", e)
    try:
        f(iter(()))
    except ValueError as e:
        print("ValueError", e)
    try:
        f(1, 2, default=0)
    except TypeError as e:
        print("TypeError", e)
    try:
        f(5)
    except TypeError as e:
        print("TypeError", e)
    try:
        f([1, 2], bad=1)
    except TypeError as e:
        print("TypeError", e)


# errors from the iterator, the key and the comparison stop at once
def failing():
    yield 1
    log.append("before error")
    raise KeyError("from iterator")
    yield 2


log.clear()
try:
    max(failing(), key=key)
except KeyError as e:
    print("KeyError", e, log)
log.clear()
try:
    min(gen(5), key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, log)
log.clear()
try:
    max(gen(3), key=lambda x: "s" if x == 2 else x)
except TypeError as e:
    print("TypeError", e, log)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        log.append("gt %d %d" % (self.v, other.v))
        return self.v > other.v

    def __lt__(self, other):
        log.append("lt %d %d" % (self.v, other.v))
        return self.v < other.v


log.clear()
print(max(map(Cmp, [2, 5, 1, 5])).v, min(map(Cmp, [2, 5, 1])).v, log)
