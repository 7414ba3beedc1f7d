def f(a, b, c, d):
    if a < b < c:
        return 1
    while a < b < c < d:
        a += 1
    x = a < b < c if d else c < b < a
    if not a < b < c:
        return 2
    if a < b < c and c < d or a == d:
        return 3
    return a == b == c == d


def g(x):
    return 0 < x < 10 and x != 5
