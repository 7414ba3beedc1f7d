s = list(range(10))
print(s[2:8:2], s[-3:], s[:-3], s[::-2], s[8:2:-2], s[100:], s[-100:2], s[5:5], s[::-1][:3])
t = tuple(s)
print(t[1:4], t[::3], "abcdefg"[1:6:2], "abcdefg"[::-3])
s[2:5] = ["x"]
print(s)
s[:0] = [-1, -2]
print(s)
s[len(s):] = [99]
print(s)
del s[::2]
print(s)
s[1:3] = []
print(s)
m = list(range(6))
m[1::2] = ["o"] * 3
print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 10, 2).indices(5), s[slice(2)], "hello"[1:-1:1])
r = range(20)[5:15:3]
print(r, list(r))
b = b"abcdef"
print(b[1:3], b[::-1], bytearray(b"abc")[1:])
