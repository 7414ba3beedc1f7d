for x in y:
    pass
for x, y in z:
    pass
for x, in y:
    pass
for (x, y), z in w:
    pass
for x in 1, 2, 3:
    pass
else:
    done()
for *a, b in c: pass
