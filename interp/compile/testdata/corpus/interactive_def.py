# compile: mode=single
def f(x):
    x
    return x
