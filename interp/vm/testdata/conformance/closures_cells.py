def make():
    cells = []
    for i in range(3):
        def f(j=i):
            return j * 10 + len(cells)
        cells.append(f)
    return cells
print([f() for f in make()])
def adder(n):
    return lambda x: x + n
add5 = adder(5)
print(add5(1), adder(10)(1), add5.__closure__[0].cell_contents, type(add5.__closure__[0]).__name__)
def fib_memo():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(90))
def class_in_func(v):
    class C:
        val = v
        def get(self):
            return v * 2
    return C
print(class_in_func(4).val, class_in_func(4)().get())
