def popcount(n):
    c = 0
    while n:
        n &= n - 1; c += 1
    return c
print([popcount(i) for i in range(17)], bin(2 ** 64 - 1).count("1"), popcount(2 ** 200 - 1))
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(8)])
print(-1 & 0xFF, -256 >> 4, (1 << 100) - 1 & 0xF0F0, ~0 & ((1 << 70) - 1) == (1 << 70) - 1)
def subsets(s):
    return [[s[i] for i in range(len(s)) if m >> i & 1] for m in range(1 << len(s))]
print(subsets("abc"))
