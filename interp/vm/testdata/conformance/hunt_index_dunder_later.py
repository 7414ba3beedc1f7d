# __index__ and __float__ assigned to a class after its statement (and
# deleted again) take effect for indexing, slicing, range and float().
class N:
    pass


class SubN(N):
    pass


def f():
    r = []
    seq = [10, 20, 30]
    for i in range(4):
        for obj in (N(), SubN()):
            try:
                r.append((seq[obj], seq[obj:], 'ab' * obj, range(5)[obj]))
            except TypeError as e:
                r.append(str(e))
            try:
                r.append(float(obj))
            except TypeError as e:
                r.append(str(e))
        if i == 0:
            N.__index__ = lambda s: 1
            N.__float__ = lambda s: 1.5
        if i == 1:
            SubN.__index__ = lambda s: 2
        if i == 2:
            del N.__index__, N.__float__
    return r


for x in f():
    print(x)
