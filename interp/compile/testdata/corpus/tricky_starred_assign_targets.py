a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(a, (b, *c)) = d
for a, *b in c:
    pass
for *a, b in c:
    pass
x = [y for a, *y in c]
a, b, c, d, e, f, g, h, i, j, *k = range(20)
a.x, *b[0], c = d
