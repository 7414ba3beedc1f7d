import functools
def count_calls(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@count_calls
@repeat(2)
def hi(name):
    return "hi " + name
print(hi("x"), hi("y"), hi.calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha(): return 1
@register(REG)
def beta(): return 2
print(sorted(REG), REG["beta"]())
class Deco:
    def __init__(self, fn):
        self.fn = fn
    def __call__(self, *a):
        print("class deco", self.fn.__name__)
        return self.fn(*a)
@Deco
def sq(x):
    return x * x
print(sq(5))
def cls_deco(cls):
    cls.added = True
    return cls
@cls_deco
class K: pass
print(K.added)
