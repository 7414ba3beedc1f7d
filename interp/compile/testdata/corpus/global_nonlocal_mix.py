counter = 0


def bump():
    global counter
    counter += 1


def outer():
    value = 0

    def middle():
        nonlocal value
        value += 1

        def inner():
            nonlocal value
            global counter
            value += counter
            return value
        return inner
    return middle


class C:
    global counter
    counter = 5

    def m(self):
        global counter
        return counter
