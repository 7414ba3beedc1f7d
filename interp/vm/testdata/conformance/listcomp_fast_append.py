# `[v for ... v]`: the loop variable appended straight from its slot at the
# loop's end, for one, two, three and four for clauses, with and without
# filters, over lists, tuples, ranges, generators and a list subclass.


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return list.__iter__(self)


def gen(n):
    for i in range(n):
        yield i * i


src = [3, 1, 4, 1, 5, 9, 2, 6]
print([v for v in src])
print([v for v in (1, 2, 3)])
print([v for v in range(40) if v % 7 == 3])
print([v for v in gen(6)])
print([v for v in L([7, 8])])
grid = [[1, 2], [3], [], [4, 5, 6]]
print([v for row in grid for v in row])
print([v for row in grid for v in row if v % 2])
print([v for a in [[[1, 2], [3]], [[4]]] for b in a for v in b])
print([v for a in [[[[1], [2, 3]]], [[[4]]]] for b in a for c in b for v in c])
big = [v for row in [list(range(i)) for i in range(60)] for v in row]
print(len(big), sum(big), big[-5:])
xs = [v for v in range(1000)]
print(len(xs), xs[::97])
items = []
src2 = [1, 2, 3]
out = [v for v in src2 if not items.append(v)]
print(out, items)
print([s for s in "héllo" if s != "l"])
print({v for v in [1, 2, 2, 3]}, {v: v for v in (1, 2)})
