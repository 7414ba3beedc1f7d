import sys
class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
class SmallError(AppError):
    pass
class Weird(Exception):
    def __init__(self, *a, **k):
        self.k = k
class RetErr(Exception):
    def __init__(self):
        return 5
class NoSuper(KeyError):
    def __init__(self, x):
        self.x = x
class GenInit(Exception):
    def __init__(self):
        yield 1
e = SmallError(7)
print(repr(e), e.args, e.code, str(e), type(e).__mro__[1].__name__)
w = Weird(1, 2, z=3)
print(w.args, w.k)
n = NoSuper(4)
print(n.args, n.x, str(n))
for c in (RetErr, GenInit):
    try:
        c()
    except TypeError as t:
        print("TypeError", t)
try:
    AppError()
except TypeError as t:
    print("TypeError", t)
try:
    raise SmallError(3)
except AppError as x:
    print(x.code, x.args, x.__traceback__.tb_lineno)
class Rec(Exception):
    def __init__(self, n):
        super().__init__(n)
        if n:
            Rec(n - 1)
Rec(50)
def deep(n):
    return Rec(0) if n == 0 else deep(n - 1)
print(deep(100).args)
class E2(Exception):
    def __init__(self, x):
        print("init frame", sys._getframe(1).f_code.co_name)
        raise ValueError("in init")
def m():
    try:
        E2(1)
    except ValueError as v:
        tb = v.__traceback__
        while tb:
            print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
            tb = tb.tb_next
m()
