def outer(n):
    def gen():
        for i in range(n):
            yield i * n
    return gen


def outer2():
    total = 0

    def acc():
        nonlocal total
        while True:
            x = yield total
            total += x

    return acc
