# Sorting with key functions and lambdas: sorted/list.sort on ints, strings,
# tuples, key=lambda, reverse=, stable multi-pass sorts, min/max with key.
# Modules: none.
N = 95000


def main():
    x = 42
    nums = []
    for _ in range(N):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        nums.append(x >> 40)
    recs = [(n % 97, "k%d" % (n % 1013), n) for n in nums]
    check = 0
    a = sorted(nums)
    check += a[0] + a[-1] + a[len(a) // 2]
    b = sorted(nums, key=lambda v: (v % 1000, -v))
    check += b[0] + b[-1]
    c = sorted(recs, key=lambda r: r[1])
    c.sort(key=lambda r: r[0], reverse=True)
    check += c[0][2] + c[-1][2]
    d = sorted(recs)
    check += d[100][2]
    strs = [r[1] for r in recs]
    strs.sort(key=len)
    check += len(strs[0]) + len(strs[-1])
    e = sorted(strs, key=str.upper, reverse=True)
    check += len(e[0])
    m1 = min(recs, key=lambda r: (r[2] % 12345, r[1]))
    m2 = max(nums, key=lambda v: v ^ 0x5555)
    f = list(range(N))
    f.sort(key=lambda i: nums[i])
    check += f[0] + f[-1]
    print("sorting", N, check, m1, m2, c[0], d[-1])


main()
