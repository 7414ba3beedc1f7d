x[a:b, c:d:e, ...]
x[lambda: 1:2]
x[a if b else c:d]
x[1:2][3:4]
