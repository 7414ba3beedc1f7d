def f():
    global g
    def inner():
        return g
    g = 1
    return inner


def h():
    x = 1
    def inner():
        global x
        x = 2
        def deeper():
            return x
        return deeper
    return inner


class K:
    global kk
    kk = 1

    def m(self):
        return kk
