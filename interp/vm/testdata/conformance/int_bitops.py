a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, -a & 0xFF, (-1) >> 100, 1 << 100 >> 99)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, -(2 ** 100) & 0xFFFF, -(2 ** 100) ^ 2 ** 100, ~(2 ** 70))
print([(v, v.bit_length()) for v in [0, 1, 2, 3, 255, 256, -256, 2 ** 64]])
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1.0 & 1
except TypeError as e:
    print(e)
