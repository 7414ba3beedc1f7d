def greet(name, n):
    return f'Hello {name}, you have {n} new message{"s" if n != 1 else ""}'


def table(rows):
    for k, v in rows:
        print(f'{k:<10}|{v:>8.3f}|{v!r}')


def nested(w, p, x):
    return f'{x:{w}.{p}f}'
