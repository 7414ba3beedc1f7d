import sys
print(type(sys.path).__name__, sys.argv[0], len(sys.argv))
print(sys.float_info.radix, sys.float_info.max_exp, sys.float_info.min_exp, repr(sys.float_info.epsilon), sys.float_info.max_10_exp)
print(sys.version_info.minor, tuple(sys.version_info)[:2], sys.version_info > (3, 6, 99), sys.version_info < (3, 8))
a = "some string " * 2
print(sys.intern(a) is sys.intern(a), sys.intern("x") == "x")
try:
    sys.intern(5)
except TypeError as e:
    print(e)
try:
    raise ValueError("inside")
except ValueError:
    et, ev, tb = sys.exc_info()
    print(et, ev, tb.tb_lineno)
def f():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__
print(f(), sys.exc_info())
m = sys.modules["__main__"]
print(m.__name__, m.f is f, sorted(k for k in ["sys", "builtins"] if k in sys.modules))
old = sys.getrecursionlimit()
sys.setrecursionlimit(old + 500)
print(sys.getrecursionlimit() - old)
sys.setrecursionlimit(old)
