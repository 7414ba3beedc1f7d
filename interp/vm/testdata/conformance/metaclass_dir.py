# dir(cls) asks the metaclass's own __dir__ when a class statement
# defined one (inherited too); otherwise type's listing is used.
class Meta(type):
    def __dir__(cls):
        return ['zeta', 'alpha', cls.__name__]


class Sub(Meta):
    pass


class A(metaclass=Meta):
    x = 1


class B(metaclass=Sub):
    pass


class Plain(type):
    pass


class C(metaclass=Plain):
    y = 2


print(dir(A), dir(B), 'y' in dir(C), '__init__' in dir(C))


class Inst:
    def __dir__(self):
        return ('b', 'a')


print(dir(Inst()), 'mro' in dir(type), dir(int) == sorted(dir(int)))
