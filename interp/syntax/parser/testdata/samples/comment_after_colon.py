if a:  # comment
    pass
def f():  # comment
    pass
