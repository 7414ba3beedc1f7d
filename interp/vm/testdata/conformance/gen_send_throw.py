def acc():
    total = 0
    while True:
        try:
            v = yield total
        except ValueError as e:
            print("caught", e)
            v = 0
        if v is None:
            break
        total += v
    return total
g = acc()
print(next(g), g.send(5), g.send(10), g.throw(ValueError("bad")), g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("done", e.value)
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
c = closer(); print(next(c)); c.close(); c.close()
try:
    next(c)
except StopIteration:
    print("closed gen raises StopIteration")
def not_started():
    yield 1
try:
    not_started().send(5)
except TypeError as e:
    print(e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignore_exit(); next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(e)
t = not_started()
try:
    t.throw(KeyError, "k")
except KeyError as e:
    print("thrown", repr(e))
