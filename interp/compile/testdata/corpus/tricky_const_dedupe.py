def f(x):
    a = 1 if x else 1.0
    b = 0 if x else 0.0 if x else -0.0 if x else False
    c = (1, 1.0, True)
    d = 1j if x else 1.0j if x else (0.0 + 1j)
    e = 'a' if x else b'a'
    g = (1,) if x else (1.0,) if x else (True,)
    return a, b, c, d, e, g


z = {1: 'int', 1.0: 'float'}
w = [0.0, -0.0, 0, False, 0j, -0j]
