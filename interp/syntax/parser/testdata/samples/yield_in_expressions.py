def f():
    x = (yield) + 1
    y = [(yield)]
    print((yield a))
