r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], r[::-1], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(0), list(range(5, 0, -2)), range(10 ** 20).stop, range(10 ** 20)[-1], range(3) == range(0, 3, 1), range(0) == range(5, 5))
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(3)[5]
except IndexError as e:
    print(e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), sum(range(101)))
