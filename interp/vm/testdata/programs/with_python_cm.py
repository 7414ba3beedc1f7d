import sys
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name, sys._getframe(1).f_code.co_name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t, v, sys._getframe(1).f_code.co_name)
        return self.swallow
class BadEnter:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("should not run")
class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise KeyError("exit failed")
class GenExit:
    def __enter__(self):
        return 2
    def __exit__(self, *a):
        yield 1
class NoExit:
    def __enter__(self):
        return 1
def f():
    with CM("a") as a, CM("b", True) as b:
        print("body", a.name, b.name)
        raise TypeError("x")
    print("after")
    with CM("c"):
        return "ret"
print(f())
def loop():
    for i in range(3):
        with CM("l%d" % i, True):
            if i == 1:
                continue
            if i == 2:
                break
            raise IndexError(i)
    return i
print(loop())
for cls in (BadEnter, BadExit, NoExit):
    try:
        with cls():
            print("in", cls.__name__)
    except Exception as e:
        print(type(e).__name__, e, e.__context__)
with GenExit() as g:
    print("genexit body", g)
try:
    with CM("z"):
        1/0
except ZeroDivisionError as e:
    t = e.__traceback__
    while t:
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next
def rec(n):
    with CM("r%d" % n, False) if n < 2 else open("/dev/null"):
        if n < 3:
            rec(n + 1)
rec(0)
