if 0 < f(x) <= g(y) != h(z):
    pass
