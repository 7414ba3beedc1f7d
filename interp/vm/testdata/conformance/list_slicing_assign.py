a = list(range(10))
a[2:5] = ["a", "b"]; print(a)
a[::2] = range(len(a[::2])); print(a)
del a[1::3]; print(a)
a[:0] = [-1, -2]; print(a)
a[-1:] = []; print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
b = [1, 2, 3]
b[1:1] = b; print(b)
b *= 2; print(b)
b += "xy"; print(b)
del b[:]; print(b)
print([1, 2] * 3, [[0] * 2] * 2, [] * 5)
