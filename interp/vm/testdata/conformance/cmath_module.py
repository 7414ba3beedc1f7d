import cmath
print(cmath.sqrt(-1), cmath.sqrt(2j), cmath.exp(1j * cmath.pi), cmath.phase(-1), cmath.polar(1 + 1j), cmath.rect(2, cmath.pi / 2))
print(cmath.log(-1), cmath.log10(100), cmath.sin(1j), cmath.cos(1 + 1j), cmath.tan(0.5), cmath.acos(2), cmath.asinh(1j))
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(cmath.inf, 0)), cmath.isnan(complex(0, cmath.nan)), cmath.isclose(1j, 1.0000000001j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
try:
    cmath.log(0)
except ValueError as e:
    print(e)
