from enum import Enum, Flag, IntEnum, auto

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Clash(Enum):
        A = 1
        def A(self):
            pass
except TypeError as e:
    print('TypeError', e)
try:
    class Clash2(Enum):
        def A(self):
            pass
        A = 1
except TypeError as e:
    print('TypeError', e)


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i


print(list(Period))


class Opt(Flag):
    A = auto()
    B = auto()
    AB = A | B
    C = auto()


print(list(Opt), Opt.AB, Opt(3), Opt.C.value)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404
    LIMIT = OK * 2


print(list(Status), Status.LIMIT + 0, Status(400))


class Cfg(Enum):
    __order__ = 'X Y'
    X = 'x'
    Y = 'y'

    def __str__(self):
        return 'cfg:' + self.value


print(Cfg.X, repr(Cfg.Y), list(Cfg), '{}'.format(Cfg.X))


class HasNested(Enum):
    A = 1

    class Inner:
        pass


print(list(HasNested))
print(HasNested.A.name, HasNested.A.value)


class Member(Enum):
    name = 1
    value = 2


print(list(Member), Member.name, Member.value.value)
