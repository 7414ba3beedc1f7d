rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 12.125)]
print("{:<10}|{:>5}|{:>8}".format("name", "qty", "price"))
print("-" * 25)
for n, q, p in rows:
    print("{:<10}|{:>5d}|{:>8.2f}".format(n, q, p))
for n, q, p in rows:
    print("%-10s|%5d|%8.2f" % (n, q, p))
for n, q, p in rows:
    print(f"{n:<10}|{q:>5}|{p:>8.3f}|{q * p:>10,.1f}")
print("{:=^25}".format(" total "), "{:>25}".format(sum(q * p for _, q, p in rows)))
