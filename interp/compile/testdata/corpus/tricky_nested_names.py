def f():
    def f():
        def f():
            return f
        return f
    return f


class C:
    def C(self):
        class C:
            def C(self):
                return C
        return C


x = 1
def g(x=x):
    x = [x for x in range(x)]
    return x


def h():
    h = h
    return h
