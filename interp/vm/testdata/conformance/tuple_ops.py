t = (1, 2, 3, 2)
print(t, t[1:], t.count(2), t.index(3), len(t), t + (4,), t * 2, 2 in t, (1,), (), tuple("ab"))
print((1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), max((3, 1), (2, 5)))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
a, *b = t; print(a, b)
print(repr((1,)), repr(((),)), str((None, "x")))
