a = 2 ** 100
b = 3 ** 70
print(a, b, a * b, a - b, b - a, a // 7, a % 7, -a // 7, -a % 7, divmod(a, b), divmod(-b, a))
print(a ** 3, pow(a, 3, 10**9 + 7), pow(3, -1, 7) if False else pow(2, 10), (-a) ** 3)
print(a >> 50, a << 20, a & (b - 1), a | b, a ^ b, ~a, -a >> 3)
print(a.bit_length(), (a - 1).bit_length(), (0).bit_length(), (-255).bit_length())
print(abs(-a), hash(a) == hash(a), a == 2 ** 100, a < b, int(str(a)) == a)
x = 1
for i in range(1, 60):
    x *= i
print(x, len(str(x)))
print(10 ** 50 // 3, 10 ** 50 % 13, -(10 ** 50) // 3)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 30)
