# c[i:j] = v with a v of another length: when the new length fits the
# list's capacity (and uses half of it), the tail moves inside the list's
# own array. Grow, shrink, empty, self-assignment, tuples, negative and
# out-of-range bounds, and iterators and aliases watching the list.
import random

a = list(range(20))
a[10:20] = [0] * 5
print(a, len(a))
a[2:3] = (7, 8, 9)
print(a, len(a))
a[:] = a
print(a)
a[1:4] = a
print(a, len(a))
b = a
a[-3:] = []
print(b is a, b)
a[100:200] = [1, 2]
a[-100:2] = ()
print(a)

it = iter(a)
next(it)
a[0:1] = [10, 11, 12, 13]
print(list(it))

c = []
for k in range(30):
    c.append(k)
c[5:25] = ["x"]
c.append("y")
c[1:1] = ["a", "b"]
print(c)

random.seed(5)
out = []
for trial in range(400):
    n = random.randrange(0, 40)
    a = list(range(n))
    for _ in range(random.randrange(1, 6)):
        i = random.randrange(-5, len(a) + 5)
        j = random.randrange(-5, len(a) + 5)
        k = random.randrange(0, 12)
        src = list(range(100, 100 + k)) if random.random() < 0.5 else tuple(range(200, 200 + k))
        if random.random() < 0.1:
            src = a
        a[i:j] = src
        if random.random() < 0.3:
            a.append(-1)
    out.append(sum(a) * 31 + len(a))
    if trial % 40 == 0:
        print(a)
print(sum(out), out[-5:])
