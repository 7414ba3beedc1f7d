# f-string parts of every length around the copy's word size, ascii and
# not, deferred (formatted with a spec) and plain, nested, and empty.
def parts(n):
    a = "x" * n
    b = "é" * n
    return a, b


def build(n):
    a, b = parts(n)
    i = n * 1234567
    return [
        f"{a}|{i:d}|{a}",
        f"{i:05d}{a}{i:>{n + 1}}",
        f"<{b}>{i:x}<{a}>",
        f"{a:>{n + 3}}{b:<{n + 2}}|",
        f"{f'{a}{i:3d}'}-{f'{b}'}",
        f"{''}{a}{''}",
        f"{i / 7:.3f}{a}{i / 7:.1e}",
        f"{'€' * n:^{n + 4}}{a}",
    ]


for n in [0, 1, 2, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 40, 64, 100, 300]:
    for s in build(n):
        print(n, len(s), repr(s) if len(s) < 120 else repr(s[:50] + "..." + s[-50:]))
print(f"{''}" == "", f"{'':1}" == " ")


# a part that raises after others were formatted
def bad(x):
    try:
        return f"{1:05d}{'ab'}{x:d}{2:3d}"
    except (ValueError, TypeError) as e:
        return type(e).__name__ + ": " + str(e)


print(bad(3), bad("s"), bad(1.5))
print(f"{'a' * 5000:.3}{'b' * 40:>{45}}".count("b"))
