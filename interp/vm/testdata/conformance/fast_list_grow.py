# List growth ahead of appends in comprehensions: nested loops over lists
# and tuples of uneven rows, filters, rows that change while iterated,
# list subclasses, and the iterators running out in the middle.
grid = [[(i * j) % 10 for j in range(i % 7 + 1)] for i in range(40)]
print(len([v for row in grid for v in row]), sum(v for row in grid for v in row))
print([v for row in grid for v in row if v % 3 == 0][:30])
rows = [list(range(n)) for n in (1, 0, 5000, 3, 0, 0, 7)]
flat = [v for r in rows for v in r]
print(len(flat), flat[:5], flat[-5:])
tup = tuple(tuple(range(i)) for i in range(30))
print(len([x for t in tup for x in t]), [x * 2 for t in tup[::7] for x in t if x & 1])

class L(list):
    def __iter__(self):
        return iter([1, 2, 3])
sub = [L([9, 9]), [4, 5]]
print([v for r in sub for v in r])

# the inner row grows while it is iterated
row = [1, 2, 3]
outer = [row, [7]]
out = []
got = [out.append(v) or v for r in outer for v in r if (len(row) < 50 and row.append(v + 1)) is None]
print(len(got), got[:10], got[-3:])

# the outer list shrinks while it is iterated
outer = [[1, 2], [3, 4], [5, 6], [7, 8]]
got = [v for r in outer for v in r if not (v == 2 and outer.pop())]
print(got)

big = [v for v in range(100000) if v % 1000 == 0]
print(len(big), big[-1])
single = [x for x in list(range(20000))]
print(len(single), single[12345])
filt = [x for x in list(range(20000)) if x % 97 == 0]
print(len(filt), filt[-1])
acc = []
for i in range(10000):
    acc.append(i * i)
print(len(acc), acc[-1], sum(acc))
print([[y for y in range(x)] for x in range(5)])
print({x for r in grid for x in r}, sorted({x: 1 for r in grid for x in r}))
