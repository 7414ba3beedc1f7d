g = 1
def f(a, b=2):
    c = 3
    loc = locals()
    return sorted(loc.items())
print(f(1))
print(sorted(k for k in globals() if not k.startswith("__")), "__name__" in globals(), __name__)
class K:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(K()), sorted(vars(K)) [:3] if False else "x" in vars(K()))
exec("newvar = 42")
print(newvar)
ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["b"], "__builtins__" in ns)
loc = {}
exec("z = y * 2", {"y": 4}, loc)
print(loc)
try:
    vars(5)
except TypeError as e:
    print(e)
