z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate(), z * z, z / (1 - 1j), z ** 2, -z, z == complex(3, 4))
print(complex("1+2j"), complex(" (1-2j) "), complex(2), complex(1.5, -0.5), 1j * 1j, 0j, -0j, complex(-0.0, -0.0))
print(repr(1e20j), repr(1j ** 0.5), repr(complex(float("inf"), float("nan"))), 2j ** 2, (1 + 1j) ** 3)
print(hash(1 + 0j) == hash(1), 1 + 0j == 1, format(z, ".2f"), format(z, "^20"), "%s" % z)
try:
    z < z
except TypeError as e:
    print(e)
try:
    (1 + 1j) // 1
except TypeError as e:
    print(e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(e)
