def inner(x):
    return 10 / x

def middle(x):
    y = x - 1
    return inner(y)

def outer():
    return middle(1)

print("before")
outer()
print("never")
