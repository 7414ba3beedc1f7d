# list(t) of a tuple must own its items: writes, sorts and slice stores
# on the list leave the tuple alone.
t = (3, 1, 2)
l = list(t)
l[0] = 9
print(t, l)
l.sort()
print(t, l)
l[1:] = [7]
print(t, l)
l2 = list(t)
l2.reverse()
print(t, l2)
l3 = list(t)
l3[::2] = ["a", "b"]
print(t, l3)
class T(tuple):
    pass
u = T((5, 6))
l4 = list(u)
l4[0] = 0
print(u, l4)
cols = [list(c) for c in zip(*[[1, 2], [3, 4]])]
cols[0][0] = 99
print(cols)
