def digits(n):
    out = []
    while n:
        n, d = divmod(n, 10)
        out.append(d)
    return out[::-1] or [0]
print(digits(90210), digits(0), digits(2 ** 70))
def to_base(n, b):
    chars = "0123456789abcdef"
    s = ""
    while n:
        s = chars[n % b] + s
        n //= b
    return s or "0"
print(to_base(255, 2), to_base(255, 16), to_base(2 ** 64, 16), to_base(0, 8))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(60) if is_prime(n)], is_prime(2 ** 31 - 1))
def sqrt_newton(x):
    g = x / 2.0
    while abs(g * g - x) > 1e-12:
        g = (g + x / g) / 2
    return g
print(round(sqrt_newton(2), 10), round(sqrt_newton(144), 6))
a, b, n = 0, 1, 0
while b < 10 ** 30:
    a, b = b, a + b
    n += 1
print(n, b)
stack = [1]
seen = set()
while stack:
    v = stack.pop()
    if v in seen or v > 50:
        continue
    seen.add(v)
    stack.extend([v * 2, v * 3])
print(sorted(seen))
