def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")
g = countdown(3)
print(type(g).__name__, g.__name__, list(g), list(g))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 15)))
ge = (x * x for x in range(5) if x % 2)
print(list(ge), sum(x for x in range(101)), max(len(w) for w in "a bb ccc".split()))
def with_return():
    yield 1
    return "ret"
print(list(with_return()))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g2 = countdown(1)
print(g2.gi_running, g2.gi_frame is not None, g2.gi_code.co_name)
