def f(a=lambda: 1, b=lambda x=lambda: 2: x()):
    return a() + b()


g = lambda a=lambda b=lambda: 3: b(): a()


class C:
    k = 5

    def m(self, key=lambda v: v * 2, n=k):
        return key(n)
