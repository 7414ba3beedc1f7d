x = "global"
def outer():
    x = "outer"
    def inner():
        return x
    return inner
print(outer()())

def show_global():
    global x
    x = "changed"
show_global()
print(x)

def make_counter():
    count = 0
    def incr(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return incr, get

incr, get = make_counter()
incr(); incr(5)
print(get())

funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([fn() for fn in funcs])

def gen_funcs():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([fn() for fn in gen_funcs()])

class K:
    y = 10
    z = [y * i for i in range(1)]
    def m(self):
        return self.y
print(K().m(), K.z)

def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
print(sorted(locals().keys())[:3])
def loc():
    q = 1
    w = 2
    return sorted(locals().items())
print(loc())
