def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(2**64, 6**20), gcd(17, 5))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 20)], max(range(1, 1000), key=collatz))
for i in range(1, 16):
    print("FizzBuzz" if i % 15 == 0 else "Fizz" if i % 3 == 0 else "Buzz" if i % 5 == 0 else i, end=" ")
print()
memo = {}
def fibm(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fibm(n - 1) + fibm(n - 2)
    memo[n] = r
    return r
print(fibm(100), fibm(300))
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(mat_mul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
print(top)
groups = {}
for w in ["eat", "tea", "tan", "ate", "nat", "bat"]:
    groups.setdefault("".join(sorted(w)), []).append(w)
print(list(groups.values()))
def is_pal(s):
    s = [c.lower() for c in s if c.isalnum()]
    return s == s[::-1]
print(is_pal("A man, a plan, a canal: Panama"), is_pal("hello"))
print(sum(int(d) for d in str(2 ** 1000)), len(str(3 ** 1000)))
tri = [[1]]
for i in range(6):
    row = [1] + [tri[-1][j] + tri[-1][j + 1] for j in range(len(tri[-1]) - 1)] + [1]
    tri.append(row)
for r in tri:
    print(" ".join(map(str, r)).center(30))
