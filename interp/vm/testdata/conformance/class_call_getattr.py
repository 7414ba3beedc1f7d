class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
a = Adder(3)
print(a(4), a(4, twice=True), callable(a), callable(Adder), callable(3))
class Dyn:
    x = 1
    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: name[4:]
        raise AttributeError("no " + name)
d = Dyn()
print(d.x, d.get_foo(), getattr(d, "y", "dflt"), hasattr(d, "zzz"))
try:
    d.nope
except AttributeError as e:
    print(e)
class Logged:
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("setattr", name, v)
        object.__setattr__(self, name, v.upper() if isinstance(v, str) else v)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
l = Logged()
l.a = "hi"
print(l.a)
del l.a
print(hasattr(l, "a"))
