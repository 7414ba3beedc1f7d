x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xFF; x ^= 0x0F
print(x)
f = 7.0; f /= 2; print(f)
s = "ab"; s += "cd"; s *= 2; print(s)
l = [1]; m = l; l += [2]; print(m, l is m)
t = (1,); u = t; t += (2,); print(u, t is u)
d = {"k": 1}; d["k"] += 1; print(d)
class C:
    v = 1
c = C(); c.v += 10; print(c.v, C.v)
a = [[0, 0], [0, 0]]; a[1][0] += 5; print(a)
n = 2 ** 62; n += 2 ** 62; n *= n; print(n)
try:
    undefined_var += 1
except NameError as e:
    print(e)
