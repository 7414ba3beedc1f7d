# list + list, list * n and list.copy() make short results with their
# items in the list's own allocation; results must be independent new
# exact lists with 3.7's sizes, whatever the operands' types.
import sys


class L(list):
    pass


a = [1, "x"]
b = [None]
for r in (a + b, b + a, a + [], [] + a, [] + [], L([1]) + [2], [2] + L([1]), L([3]) + L([4])):
    print(r, type(r).__name__, sys.getsizeof(r))
c = a + b
c.append(5)
c[0] = 9
print(a, b, c)
path = [0]
paths = []
for node in range(12):
    path = path + [node]
    paths.append(path)
print(paths[3], paths[8], paths[-1], len(paths[-1]), sys.getsizeof(paths[8]))
for n in (-1, 0, 1, 2, 3, 4, 5, 8, 9):
    r = [7] * n
    q = [1, 2] * n
    print(n, r, len(q), q[:3], sys.getsizeof(r), sys.getsizeof(q))
z = [[]] * 3
z[0].append(1)
print(z, z[0] is z[2])
m = [0] * 4
m[1] = 5
m.append(6)
print(m, [0] * 4)
print(L([1, 2]) * 2, type(L([1, 2]) * 2).__name__, 3 * [1], type(3 * L([1])).__name__)
try:
    [1] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    [1, 2] * (2 ** 63)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
for src in ([], [1], [1, 2, 3], list(range(9)), L([4, 5])):
    k = src.copy()
    print(k, type(k).__name__, k is src, k == src, sys.getsizeof(k))
    k.append(0)
    print(src, k)
s = [1, 2]
s += s
s *= 2
print(s)
