@a.b(c, *d, e=f, **g)
def h(): pass
