from array import array, typecodes
import copy

print(typecodes)
a = array('i', [3, 1, 2])
a.append(5)
a.extend([7, 8])
a.insert(0, -1)
print(a, len(a), a[0], a[-1], a[1:3], a[::2], 7 in a, a.count(1), a.index(2), a.typecode, a.itemsize)
print(a.pop(), a.pop(0), a, a.tolist(), list(a), sum(a), max(a), sorted(a))
a.remove(1)
a.reverse()
print(a)
a[0] = 100
a[1:3] = array('i', [9, 9, 9])
del a[0]
print(a, a + array('i', [1]), a * 2, 2 * array('i', [4]))
b = array('i', [1, 2])
b += array('i', [3])
b *= 2
print(b, b == array('i', [1, 2, 3, 1, 2, 3]), b != b, array('i', [1]) < array('i', [2]), array('d', [1.0]) == array('i', [1]))
raw = array('h', [1, -2, 300]).tobytes()
print(raw, array('h', raw), array('b', b'\x01\xff'), array('H', [1, 2]).tobytes())
c = array('h')
c.frombytes(raw)
c.fromlist([4, 5])
print(c, array('l', [2 ** 40]), array('Q', [2 ** 64 - 1]), array('q', [-2 ** 63]))
d = array('d', [1.5, 2.25])
d.byteswap()
print(d.tobytes() == array('d', [1.5, 2.25]).tobytes()[::-1][8:] + array('d', [1.5, 2.25]).tobytes()[::-1][:8])
d.byteswap()
print(d, array('f', [1 / 3, 0.5]), array('f', [3]), array('d', range(3)))
print(copy.copy(d), copy.deepcopy(d) == d, copy.copy(d) is d)
print(array('u', 'hello'), array('u', 'hi').tounicode(), array('u', ['a', 'b']))
for call in [lambda: array('i', [1]).fromlist((1,)), lambda: array('h').frombytes(b'abc'),
             lambda: array('i').tounicode(), lambda: array('i', [1]).extend(array('d', [1.0])),
             lambda: array('i', [1]).__setitem__(3, 1), lambda: array('i', [1]) + array('b', [1])]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
