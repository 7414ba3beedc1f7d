def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders


def make_adders_default():
    return [lambda x, i=i: x + i for i in range(3)]


def make_adders_factory():
    def make(i):
        return lambda x: x + i
    return [make(i) for i in range(3)]
