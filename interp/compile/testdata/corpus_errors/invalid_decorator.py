@1 + 2
def f():
    pass
