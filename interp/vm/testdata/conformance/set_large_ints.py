s = set()
for i in range(0, 200, 7):
    s.add(i * i % 97)
print(s)
print({10 ** 10, 2 ** 33, 2 ** 62, 12345678901234567890})
print({-1, -2, -3, 0, 1}, set(range(-5, 5)), {-(2 ** 63), 2 ** 63})
t = set(range(50))
for i in range(0, 50, 3):
    t.discard(i)
print(t)
print(frozenset(range(30, 0, -4)), {i: None for i in range(12, 0, -2)}.keys())
