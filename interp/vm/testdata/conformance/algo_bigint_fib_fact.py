def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(300))
f = 1
for i in range(2, 201):
    f *= i
print(f)
print(sum(int(c) for c in str(f)), str(f).count("0"), len(str(2 ** 4423 - 1)))
print(pow(3, 10 ** 5, 10 ** 9 + 7), 7 ** 222 // 13 ** 50, (10 ** 60 + 7) % 97)
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
print(isqrt(10 ** 100), isqrt(2 * 10 ** 60))
