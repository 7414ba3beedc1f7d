def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class K: pass
print(K.tag)
def gen_try():
    for i in range(3):
        try:
            yield i
        finally:
            print("fin", i)
for v in gen_try():
    if v == 1:
        break
print("after break")
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with CM():
        raise ValueError("body")
except RuntimeError as e:
    print(e, type(e.__context__).__name__)
def g():
    with CM():
        yield 1
try:
    for _ in g():
        pass
except RuntimeError as e:
    print("gen with:", e)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(0) < f(3), calls)
def outer():
    def inner():
        global GG
        GG = "set in inner"
    inner()
outer()
print(GG)
def kwd(a, b=2, *, c=3, d):
    return a, b, c, d
print(kwd(1, d=4), kwd(1, 5, d=6, c=7))
try:
    kwd(1, 2, 3, d=4)
except TypeError as e:
    print(e)
def rec_gen(n):
    if n == 0:
        return 0
    r = yield from rec_gen(n - 1)
    yield n
    return r + n
def drive():
    total = yield from rec_gen(3)
    print("total", total)
print(list(drive()))
x = [1, 2, 3, 4, 5]
del x[1:4:2]
print(x)
a = b = c = 5
a += 1
print(a, b, c)
lst = [[1, 2], [3, 4]]
for i, (p, q) in enumerate(lst):
    lst[i][0], lst[i][1] = q, p
print(lst)
d = {}
d["a"] = d.get("a", []) + [1]
print(d)
s = {1, 2, 3}
print({x for x in s if x > 1}, s.copy() == s)
t = 0
for i in range(10):
    if i % 2:
        continue
    for j in range(3):
        if j == 2:
            break
        t += j
    else:
        t += 100
print(t)
try:
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError:
            if i == 2:
                raise
            continue
except ValueError as e:
    print("final", e)
def ret_finally_loop():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            if i == 3:
                print("finally on return", i)
print(ret_finally_loop())
import sys
print(sys.exc_info()[0])
try:
    raise TypeError("t")
except TypeError:
    try:
        raise ValueError("v")
    except ValueError:
        pass
    print(sys.exc_info()[0].__name__)
print(sys.exc_info()[0])
