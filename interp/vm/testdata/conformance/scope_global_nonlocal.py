x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
def mod():
    global x
    x = "modified"
def outer():
    x = "enclosing"
    def inner():
        return x
    def inner_mod():
        nonlocal x
        x = "enclosing modified"
    inner_mod()
    return inner()
print(read(), shadow(), x, outer()); mod(); print(x)
def make_counter():
    count = 0
    def c():
        nonlocal count
        count += 1
        return count
    return c
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
class K:
    x = "class"
    def m(self):
        return x
print(K().m(), K.x)
def late():
    return later_defined
later_defined = 42
print(late())
