import timeit

# Timings vary; only what is deterministic is printed.
class FakeTimer:
    def __init__(self):
        self.t = 0.0
    def __call__(self):
        # Each reading advances further: elapsed times grow with calls.
        self.n = getattr(self, "n", 0) + 1
        self.t += 0.0625 * self.n
        return self.t

print(timeit.default_number, timeit.default_repeat, timeit.dummy_src_name)
t = timeit.Timer("x = sum(range(10))", "y = 2", timer=FakeTimer())
print(t.src)
print(t.timeit(100), t.repeat(3, 10))
calls = []
t = timeit.Timer("x = 1\ny = x + 1", timer=FakeTimer())
print(t.src)
print(t.autorange(lambda n, tt: calls.append((n, tt))), calls)

def setup():
    calls.append("setup")

count = [0]
def stmt():
    count[0] += 1

t = timeit.Timer(stmt, setup, timer=FakeTimer())
print(t.src)
print(t.timeit(7), count, calls[-1])
print(timeit.timeit("pass", number=0) >= 0, timeit.timeit(stmt, number=5) >= 0, count)
r = timeit.repeat("a.append(1)", "a = []", number=50, repeat=2)
print(len(r), all(x >= 0 for x in r))
g = {"v": 5}
print(timeit.timeit("v * 2", globals=g, number=3) >= 0)
for bad in [lambda: timeit.Timer(1), lambda: timeit.Timer("x", 2), lambda: timeit.Timer("v", number=1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    timeit.timeit("undefined_name", number=1)
except NameError as e:
    print("NameError", e)
try:
    timeit.Timer("x = (")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
try:
    timeit.Timer("return 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.filename)
print(callable(timeit.default_timer))
