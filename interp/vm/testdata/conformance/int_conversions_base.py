print(int("42"), int("-0x1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36), int("  12  "), int("1_000"), int(3.99), int(-3.99))
print(bin(10), oct(10), hex(255), hex(-255), bin(-5), hex(2 ** 70))
for bad in ["", "1.5", "0x", "1__0", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("9", 8)
except ValueError as e:
    print(e)
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
print(int("١٢٣"), int(True), int(b"12" if False else "12"))
print((255).__format__("x"), (10).real, (10).imag, (10).numerator, (10).denominator, (10).conjugate())
print(int.__name__, type(10 ** 30).__name__, isinstance(True, int))
