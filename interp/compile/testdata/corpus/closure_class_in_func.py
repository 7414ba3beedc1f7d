def f():
    x = 1
    y = 2

    class C:
        x = 10
        a = x
        b = y

        def m(self):
            return x, y

        def n(self):
            nonlocal y
            y = 3

    return C


def g():
    z = 5
    class D:
        print(z)
        z = 6
        print(z)
    return D
