import sys
def g1(n):
    for i in range(n):
        yield i
def g2():
    try:
        yield 1
        yield 2
    finally:
        print("g2 finally")
def g3():
    yield 1
    raise ValueError("boom")
def g4():
    yield 1
    raise StopIteration(5)
def g5():
    yield sys._getframe().f_back.f_code.co_name
    yield sys.exc_info()[0]
def g6():
    x = yield from g1(3)
    yield "after", x
def g7():
    return 7
    yield
print([x for x in g1(4)])
for x in g2():
    print(x)
    break
print("after break")
for x in g2():
    print(x)
try:
    for x in g3():
        print(x)
except ValueError as e:
    print("VE", e, e.__traceback__.tb_next is not None)
try:
    for x in g4():
        print(x)
except RuntimeError as e:
    print("RE", e, repr(e.__cause__))
def main():
    for x in g5():
        print(x)
    try:
        raise KeyError(1)
    except KeyError:
        for x in g5():
            print(x)
main()
print(list(g6()))
for x in g7():
    print("never")
g = g1(5)
for x in g:
    if x == 2:
        break
print(next(g), list(g))
def selfref():
    yield next(gg)
gg = selfref()
try:
    for x in gg:
        pass
except ValueError as e:
    print("VE", e)
def nested():
    for a in g1(3):
        for b in g1(a):
            yield a, b
print(list(nested()))
def rec(n):
    if n:
        for x in rec(n - 1):
            yield x
    yield n
print(sum(rec(50)))
def deep(n):
    for x in deep(n + 1):
        yield x
    yield n
try:
    for x in deep(0):
        pass
except RecursionError as e:
    print("RecursionError", e)
def gen_tb():
    yield 1
    1 / 0
try:
    for x in gen_tb():
        pass
except ZeroDivisionError as e:
    t = e.__traceback__
    while t:
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next
def fr():
    f = sys._getframe()
    yield f.f_back.f_code.co_name
    yield f.f_back
def user():
    for x in fr():
        print(x if isinstance(x, str) else x.f_code.co_name)
user()
gi = g1(3)
for x in gi:
    print(gi.gi_running, x)
print(gi.gi_running, gi.gi_frame)
def exc_state():
    try:
        raise TypeError
    except TypeError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
for v in exc_state():
    print(v, sys.exc_info()[0])
