f = lambda a, b=lambda: 1: b()
g = lambda *args, **kw: (args, kw)
