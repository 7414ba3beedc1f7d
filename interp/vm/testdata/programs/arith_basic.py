a = 7
b = 3
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a // b, -a % b, a // -b, a % -b)
print(2 ** 100, -2 ** 63, 2 ** -1, (-8) ** 2)
print(10 / 4, 7.5 // 2, 7.5 % 2, -7.5 % 2)
print(1 << 70, (1 << 70) >> 68, -1 >> 3, ~5, -5 & 0xff, -5 | 2, -5 ^ 7)
print(divmod(7, 3), divmod(-7, 3), divmod(7.5, 2))
print(pow(3, 4, 5), pow(2, 10, 7), pow(2, 0.5))
print(abs(-3), abs(-2.5), round(2.5), round(3.5), round(2.675, 2), round(1234, -2))
print(int("42"), int("-0x1f", 16), int("  12  "), int(3.9), int(-3.9), float("1e3"), float("  2.5 "))
print(0.1 + 0.2, 1e16, 1e-5, 1.0, 100.0, 1/3, 2.0**0.5)
print(3 == 3.0, 1 < 2.5, 2**64 > 1.5, True + True, True * 10)
print(hex(255), oct(8), bin(5), hex(-255))
print(12345678901234567890 * 98765432109876543210)
print((2**100) // 3, (2**100) % 7, -(2**100) // 7)
x = 9223372036854775807
x += 1
print(x, x - 1, type(x))
print(int("1_000_000"), 1_000, 0b1010, 0o17, 0xff)
print(complex(1, 2), 3j * 2, (1+2j) * (3-1j), abs(3+4j))
print(max(1, 5, 3), min([4, 2, 8]), sum(range(101)), sum([0.5, 0.25]))
print(float('inf'), -float('inf'), float('nan'))
print(7 .bit_length(), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
