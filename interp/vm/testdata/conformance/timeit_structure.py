import timeit
t = timeit.Timer("x = sum(range(10))")
r = t.timeit(number=100)
print(type(r).__name__, r >= 0)
rs = timeit.repeat("1 + 1", repeat=3, number=10)
print(len(rs), all(v >= 0 for v in rs))
print(timeit.timeit("f()", setup="def f(): pass", number=5) >= 0, timeit.timeit(lambda: None, number=3) >= 0)
print(timeit.default_number, callable(timeit.default_timer))
try:
    timeit.timeit("1 +")
except SyntaxError as e:
    print("SyntaxError")
