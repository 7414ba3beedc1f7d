def outer():
    def inner():
        x = 1
        nonlocal x
