x = 1

@first
@second
def f():
    pass
