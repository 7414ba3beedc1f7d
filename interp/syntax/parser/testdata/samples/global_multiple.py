def f():
    global a
    global b, c
