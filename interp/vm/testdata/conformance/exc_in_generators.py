def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("gen finally")
x = g(); next(x); x.close()
print("after del")
def h():
    yield 1
    1 / 0
try:
    for v in h():
        print(v)
except ZeroDivisionError as e:
    print("caught", e)
def k():
    try:
        yield
    except ValueError:
        return "returned after throw"
kk = k(); next(kk)
try:
    kk.throw(ValueError)
except StopIteration as e:
    print(e.value)
print(list(i for i in range(3) if 1 / (i + 1)))
