def func(n): return n + 1
