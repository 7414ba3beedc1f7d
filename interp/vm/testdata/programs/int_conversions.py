for s in ["0", "-0", "007", "1_000", "  42\n", "+3", "-17"]:
    print(repr(s), int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("777", 8), ("0o777", 0), ("1010", 2), ("0b1010", 0), ("zz", 36), ("0x_1f", 16)]:
    print(s, b, int(s, b))
for bad in ["", " ", "1.5", "0x", "1__0", "_1", "abc", "08"]:
    try:
        int(bad, 0) if bad == "08" else int(bad)
    except ValueError as e:
        print(e)
print(int(-0.9), int(1e20), int("123456789" * 3), float("  -1.5e-3 "), float("INF"), float("-nan"))
print(str(2 ** 64), repr(-2 ** 63), format(2 ** 64, ","), format(-1234567, "_"))
print(bin(2**65), oct(-2**40), hex(2**100 - 1))
print((255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xff", "big", signed=True))
