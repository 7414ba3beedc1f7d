# sum(a[i:j]) of an exact list or tuple of ints and floats adds the items
# in place without making the slice; anything else (other items, a sum
# that is not the builtin, a start argument, bad bounds) runs as before.
import builtins

a = list(range(20))
t = tuple(a)
print(sum(a[2:9]), sum(a[::3]), sum(a[::-2]), sum(a[5:2]), sum(t[1:4]), sum(a[-3:]), sum(a[:]))
f = [0.1 * k for k in range(10)]
print(sum(f[1:7]), sum(f[::-1]), sum([1, 2.5, 3, 0.25][0:4]), sum([2.5, 1][:]))
big = [2 ** 62, 2 ** 62, 2 ** 62, -(2 ** 63)]
print(sum(big[0:3]), sum(big[:]), sum(big[1:][::-1]))
print(sum([2 ** 70, 1.5][0:2]), sum([1.5, 2 ** 70][0:2]), sum([2 ** 63 - 1, 1, 0.5][:]))
print(sum([True, 2, 3][0:3]), sum([1, True][:]), sum([None][0:0]))
try:
    sum(["a", "b"][0:2])
except TypeError as e:
    print("TypeError", e)
try:
    sum(a[1.5:3])
except TypeError as e:
    print("TypeError", e)
print(sum(a[2:5], 100), sum(a[2:5], 0.5))


class Adder:
    def __init__(self, v, victim):
        self.v, self.victim = v, victim

    def __radd__(self, other):
        self.victim.append(999)
        self.victim[0] = -1
        return other + self.v


b = [1, 2, 3]
b.append(Adder(10, b))
b.append(5)
print(sum(b[0:5]), b[:3], len(b))


class L(list):
    def __getitem__(self, k):
        print("L.__getitem__", k)
        return list.__getitem__(self, k)


print(sum(L([1, 2, 3])[0:2]))


def shadow():
    sum = lambda x: ("mine", x)
    return sum(a[0:3])


print(shadow())
real = builtins.sum
builtins.sum = lambda x: ("patched", len(x))
print(sum(a[0:4]))
builtins.sum = real
print(sum(a[0:4]))


def deep(n):
    if n == 0:
        return sum(a[1:4])
    return deep(n - 1)


print(deep(50))
s = 0
for k in range(0, 20, 8):
    s += sum(a[k:k + 8])
print(s, [sum(a[k:k + 3]) for k in range(0, 9, 3)])
