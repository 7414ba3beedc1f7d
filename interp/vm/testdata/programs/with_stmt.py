class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow

with Ctx("a") as c:
    print("body", c.name)

with Ctx("b", swallow=True):
    raise ValueError("suppressed")
print("after b")

try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)

def in_func():
    with Ctx("d"):
        return "returned"
print(in_func())

for i in range(3):
    with Ctx("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")

with Ctx("x") as x, Ctx("y") as y:
    print("two", x.name, y.name)

class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except AttributeError as e:
    print("AttributeError:", e)
