counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump(); bump()
print(counter, "counter" in globals(), globals()["counter"])
def show():
    a = 1
    b = [2]
    return sorted(locals())
print(show())
x = 10
def shadow():
    x = 20
    return x
print(shadow(), x)
def outer():
    y = 1
    def mid():
        nonlocal y
        y += 1
        def inner():
            nonlocal y
            y *= 10
        inner()
    mid()
    return y
print(outer())
g = globals()
g["dynamic"] = 99
print(dynamic)
print(vars()["x"], __name__)
