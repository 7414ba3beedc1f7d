f = lambda x: a if x else b
g = (lambda: a) if c else (lambda: b)
