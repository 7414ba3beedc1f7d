x = 1
del x
a = [1, 2, 3]
del a[0]
del a[:1]
del a[::2], a
obj = type('O', (), {})()
obj.attr = 1
del obj.attr
b = c = 1
del (b, c)
d = e = 1
del [d, e]


def f():
    y = 1
    del y
    global g
    g = 1
    del g
