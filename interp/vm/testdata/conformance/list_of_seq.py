# list(x) of an exact tuple or list is copied without type.__call__;
# every other callee or argument takes the general path.
class T(tuple):
    def __iter__(self):
        print("T.__iter__")
        return iter((9, 9))


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([8])


class MyList(list):
    def __init__(self, *a):
        print("MyList.__init__", a)
        super().__init__(*a)


t = (1, 2, 3)
a = list(t)
a.append(4)
print(a, t)
b = [5, 6]
c = list(b)
c.append(7)
print(b, c, c is b)
print(list(()), list([]))
print(list(T((1, 2))), list(L([1, 2])))
print(MyList((1, 2)), type(MyList([3])).__name__)
print([list(col) for col in zip(*[[1, 2, 3], [4, 5, 6]])])
print([list(col) for col in zip((1, 2), [3, 4, 5], "ab")])


def gen():
    yield 1
    raise ValueError("boom")


try:
    print([list(p) for p in zip([1, 2, 3], gen())])
except ValueError as e:
    print("ValueError", e)

for args in [(), (1, 2), (5,), (None,)]:
    try:
        print(list(*args))
    except TypeError as e:
        print("TypeError:", e)
try:
    list([], x=1)
except TypeError as e:
    print("TypeError:", e)

list = tuple
print(list([1, 2]))
del list
print(list((1,)))


def deep(n):
    if n:
        return deep(n - 1)
    return list((1, 2))


print(deep(100))
