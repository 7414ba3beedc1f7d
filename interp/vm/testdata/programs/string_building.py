rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
for r in rows:
    print("{:<8}{:>5}{:>8}".format(*r))
for name, qty, price in rows[1:]:
    print(f"{name:>10}: {qty:03d} x {price:6.2f} = {qty * price:8.3f}")
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
table = "\n".join(" ".join("%3d" % (i * j) for j in range(1, 6)) for i in range(1, 6))
print(table)
print("-" * 20)
print("%s has %d items totalling $%.2f" % ("cart", 3, 17.5))
print("{0:=^20}".format(" MENU "))
print(str(123).rjust(6, "0"), "x".join(["1", "2", "3"]).split("x"))
