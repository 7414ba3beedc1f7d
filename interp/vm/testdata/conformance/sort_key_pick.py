# Sort keys that only pick an item (lambda r: r[1], lambda i: nums[i])
# are taken without calling the key when that cannot run Python code;
# everything else must still call it, with its errors and side effects.
import sys

recs = [(3, "c", 1), (1, "a", 2), (2, "b", 3), (1, "a", 0), (0, "z", 9)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[0], reverse=True))
recs2 = list(recs)
recs2.sort(key=lambda r: r[2])
print(recs2)


class T(tuple):
    def __getitem__(self, i):
        print("T.__getitem__", i)
        return -tuple.__getitem__(self, i)


mixed = [(5, 1), [4, 2], T((3, 3)), (2, 4)]
print(sorted(mixed, key=lambda r: r[0]))
try:
    sorted([(1, 2), (3,), (0, 1)], key=lambda r: r[1])
except IndexError as e:
    print("IndexError", e)
try:
    sorted([(1, 2), 7], key=lambda r: r[1])
except TypeError as e:
    print("TypeError", e)


def main():
    nums = [50, 10, 40, 20, 30]
    idx = list(range(5))
    idx.sort(key=lambda i: nums[i])
    print(idx)
    print(sorted([-1, -5, 2, True, False], key=lambda i: nums[i]))
    try:
        sorted([0, 9], key=lambda i: nums[i])
    except IndexError as e:
        print("IndexError", e)
    try:
        sorted([0, 1.5], key=lambda i: nums[i])
    except TypeError as e:
        print("TypeError", e)
    tup = (3, 1, 2)
    print(sorted([0, 1, 2], key=lambda i: tup[i]))
    d = {0: "b", 1: "a"}
    print(sorted([0, 1], key=lambda i: d[i]))

    class L(list):
        def __getitem__(self, i):
            print("L.__getitem__", i)
            return list.__getitem__(self, i)

    sub = L([3, 2, 1])
    print(sorted([0, 1, 2], key=lambda i: sub[i]))

    class Rebind:
        def __index__(self):
            nonlocal nums
            print("Rebind.__index__")
            nums = [0, 0, 0, 0, 0]
            return 4

        def __repr__(self):
            return "Rebind()"

    print(sorted([1, Rebind(), 0, 2], key=lambda i: nums[i]))
    print(nums)
    f = [2, 0, 1]
    try:
        f.sort(key=lambda i: f[i])
    except IndexError as e:
        print("IndexError", e, f)

    def key(r):
        return r[0]

    key.__code__ = (lambda r: r[1]).__code__
    print(sorted(recs, key=key))
    g = lambda r: r[1]
    g.__code__ = (lambda r: -r[0]).__code__
    print(sorted(recs, key=g))


main()


def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        try:
            sorted([(2, 1), (1, 2)], key=lambda r: r[1])
            return "ok"
        except RecursionError:
            return "rec"


sys.setrecursionlimit(60)
print(probe(0))
