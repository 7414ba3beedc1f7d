for v in [0, 5, -5, 255, 2 ** 40]:
    print(bin(v), oct(v), hex(v), format(v, "b"), format(v, "o"), format(v, "x"), format(v, "#b"), format(v, "08b"))
print(format(3.5), format("s"), format([1, 2]), format(None), type(format(1)).__name__)
