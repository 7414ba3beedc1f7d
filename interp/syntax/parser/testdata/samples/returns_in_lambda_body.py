f = lambda: (a, b)
g = lambda: [a for a in b]
