a = 2 ** 200
b = 3 ** 150
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, b // a, -a // b, -a % b, a // -b)
print(divmod(a, 12345), divmod(-a, 12345))
print(a >> 100, a << 3, -a >> 190, ~a)
print(a & b, a | b, a ^ b, -a & b, -a | b, -a ^ -b)
print(a == 2 ** 200, a < b, a > -b, hash(a), hash(-a), hash(2**61 - 1), hash(2**61))
print(pow(7, 123, 10**9 + 7), pow(a, 3, b))
print(int(str(a)) == a, len(str(b)), str(-a)[:10])
print(abs(-a) == a, -(-a) == a, +a == a, bool(a), bool(a - a))
x = 1
for i in range(1, 30):
    x *= i
print(x)
print(x.bit_length(), (-x).bit_length())
print(float(2**60), float(-2**70), 2**53 + 1 == float(2**53 + 1))
print(10**20 / 10**10, 7 / 2, -7 / 2, 2**100 / 2**99)
print(int('123456789012345678901234567890'), int('-ff' * 4, 16))
print(0 ** 0, (-2) ** 3, (-2) ** -2, 2 ** 0.5 * 2 ** 0.5)
print(9223372036854775807 + 1, -9223372036854775808 - 1, 3037000500 * 3037000500)
print((-9223372036854775808) // -1, (-9223372036854775808) % -1, abs(-9223372036854775808))
print(-(-9223372036854775808), 4611686018427387904 * 2, 4611686018427387904 * -2)
