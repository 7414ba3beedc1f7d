# Recursive Fibonacci: pure call overhead, small-int compare/add/subtract.
# Modules: none.
N = 32


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    print("fib", N, fib(N))


main()
