# Big-int arithmetic: factorials, pow with and without modulus, Fibonacci by
# repeated addition, floor division/modulo by big numbers, bit operations,
# decimal digits. (CPython 3.11 refuses str() of ints over 4300 digits, so
# big numbers are cut into 1000-digit chunks with divmod first.)
# Modules: none.
N = 1500
REPEAT = 105

CHUNK = 10 ** 1000


def decimal(x):
    # Decimal digits of x >= 0, without str() on more than 1000 digits at once.
    if x < CHUNK:
        return str(x)
    parts = []
    while x >= CHUNK:
        x, r = divmod(x, CHUNK)
        parts.append(str(r).rjust(1000, "0"))
    parts.append(str(x))
    return "".join(reversed(parts))


def main():
    results = []
    for rep in range(REPEAT):
        n = N + rep
        f = 1
        for i in range(2, n + 1):
            f *= i
        digits = decimal(f)
        dsum = sum(int(c) for c in digits)
        p = pow(3, n * 7) - pow(2, n * 9)
        m = pow(7, 10 ** 18 + rep, 10 ** 40 + 7)
        x = f
        steps = 0
        while x > 1 and steps < 300:
            x = x // 3 + (x % 1000)
            steps += 1
        a, b = 0, 1
        for _ in range(n * 4):
            a, b = b, a + b
        bits = bin(a).count("1")
        mix = (f ^ (p << 5)) & ((1 << 4000) - 1)
        results.append((len(digits), dsum, len(decimal(p)), m, steps, x % 1000003,
                        bits, mix % 999983, digits[:20], digits.rstrip("0")[-20:]))
    check = 0
    for r in results:
        for v in r:
            check = (check * 1000003 + int(str(v)[:9])) % (1 << 61)
    print("bigint", N, REPEAT, check)
    print("bigint first", *results[0])
    print("bigint last", *results[-1])


main()
