# The iterator protocol spelled out, as a lecture on it does: it.__next__(),
# it.__iter__(), dir() of the built-in iterators, __length_hint__ and
# operator.length_hint, and that an iterator has no len() and is always true.
import operator

it = iter([1, 2, 3])
print(it.__iter__() is it, it.__next__(), next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.args)

for o in (iter([]), iter(()), iter(""), iter("héllo"), iter(range(2)), iter(range(5, 0, -2)),
          map(str, []), zip(), enumerate([]), filter(None, [])):
    name = type(o).__name__
    print(name, "__next__" in dir(o), "__iter__" in dir(o), "__len__" in dir(o), bool(o))
    try:
        len(o)
    except TypeError as e:
        print("  TypeError", e)
    print("  hint", operator.length_hint(o, -1))

s = iter("héllo")
next(s)
print(s.__length_hint__(), operator.length_hint(s))
t = iter((1, 2, 3))
print(t.__length_hint__(), list(t), t.__length_hint__())
r = iter(range(10, 0, -3))
next(r)
print(r.__length_hint__(), list(r), r.__length_hint__())

lst = [1, 2]
li = iter(lst)
lst.extend([3, 4, 5])
print(li.__length_hint__())
del lst[:]
print(li.__length_hint__(), list(li))

m = map(int, "78")
print(m.__next__(), map.__next__(m))
z = zip("ab", "cd")
print(z.__next__(), type(z).__next__(z))
e = enumerate("xy")
print(e.__next__(), e.__iter__() is e)

for f in (lambda: iter([]).__length_hint__(1),
          lambda: iter([]).__length_hint__(x=1),
          lambda: type(iter([])).__length_hint__(5),
          lambda: type(iter([])).__length_hint__(),
          lambda: type(iter(range(1))).__next__("x"),
          lambda: type(iter(())).__length_hint__(iter([]))):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


for seq in ([1, 2, 3], (1, 2), "abc", Seq()):
    r = reversed(seq)
    print(type(r).__name__, r.__length_hint__(), next(r), r.__length_hint__(),
          list(r), r.__length_hint__(), operator.length_hint(r), bool(r))
shrink = [1, 2, 3, 4]
r = reversed(shrink)
next(r)
del shrink[1:]
print(r.__length_hint__(), list(r))
try:
    reversed([]).__length_hint__(1)
except TypeError as e:
    print("TypeError", e)
