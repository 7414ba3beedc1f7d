# A new set key takes the last dummy slot its probe passed (3.7's
# set_add_entry), which decides iteration order after adds and discards;
# small tables (no linear probes) and large ones.
d = set()
for r in range(8):
    for c in range(8):
        if (r - c) not in d:
            d.add(r - c); print('add', r - c, list(d))
        if (r + c) % 3 == 0:
            d.discard(r - c); print('dis', r - c, list(d))
for n in (4, 20, 100, 1000):
    s = set(range(n))
    for k in range(0, n, 3):
        s.discard(k)
    for k in range(n, 2 * n, 2):
        s.add(k * 7)
    for k in range(1, n, 5):
        s.discard(k)
        s.add(k + 3 * n)
    print(n, list(s)[:40], len(s))
s = {1, 2, 3, 4}
s.discard(2); s.discard(4); s.add(10)
print(list(s))
