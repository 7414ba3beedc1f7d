class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with CM("a") as x:
    print("body", x)
with CM("b") as b, CM("c") as c:
    print("two", b, c)
with CM("swallow", True):
    raise ValueError("hidden")
print("after swallow")
try:
    with CM("prop"):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
def ret():
    with CM("ret"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
try:
    with 5:
        pass
except AttributeError as e:
    print("AttributeError", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except AttributeError as e:
    print("AttributeError", e)
