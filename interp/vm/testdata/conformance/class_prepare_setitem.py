# A __prepare__ namespace that is a dict subclass sees every store of the
# class body through its __setitem__ (and a module-level exact dict does
# not change); a user __hash__ result that fits is kept as it is.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.log = []

    def __setitem__(self, key, value):
        self.log.append(key)
        if key == 'forbidden':
            raise KeyError('no ' + key)
        if isinstance(value, int):
            value *= 10
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return Recording()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.log = ns.log
        return cls


class A(metaclass=Meta):
    x = 1
    y = x + 1
    for i in range(2):
        pass

    def f(self):
        return self.y


print(A.log, A.x, A.y, A().f())
try:
    class B(metaclass=Meta):
        forbidden = 1
except KeyError as e:
    print('KeyError', e)


class Plain(dict):
    pass


class PM(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Plain()


class C(metaclass=PM):
    z = 3


print(C.z)
x = 5
x += 1
print(x)


class H:
    def __init__(self, k):
        self.k = k

    def __hash__(self):
        return hash(self.k)


class Neg:
    def __hash__(self):
        return -1


class Big:
    def __hash__(self):
        return 2 ** 64 + 3


print(hash(H('abc')) == hash('abc'), hash(H((1, 2))) == hash((1, 2)), hash(Neg()), hash(Big()))
print(hash(H(2 ** 62)) == 2 ** 62, hash(H(True)))
