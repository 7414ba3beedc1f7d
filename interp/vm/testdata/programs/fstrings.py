name = "world"
x = 3.14159
n = 42
print(f"hello {name}!", f"{x:.2f}", f"{n:5d}|", f"{n:<5}|", f"{name!r}", f"{n * 2}")
print(f"{'nested'}", f"{x!s:>10}", f"{n:#b}", f"{n:x}", f"{1e10:.3e}", f"{12345.6789:,.2f}")
w, p = 10, 3
print(f"{x:{w}.{p}f}|", f"{{literal}}", f"{name.upper()}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }")
print(f"{True}", f"{None}", f"{3+4j}", f"{-0.0}", f"{1/3}", f"{10**20}")
print(format(255, "02x"), format(3.5, "g"), format(1e-5, "g"), format(123456789, "g"), format(0.0001234, ".3g"))
print(format("s", "3"), format(12, ""), format(2.0), format(1.5, "10"), format(-3, "05"))
print("{:g} {:g} {:g} {:G}".format(100000.0, 1000000.0, 1.5e-5, 1e20))
print("{:.0f} {:.1f} {:.3f}".format(2.5, 0.05, 1.0005))
