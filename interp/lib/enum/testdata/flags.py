from enum import Flag, IntFlag, auto


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R + Perm.W)
print(Perm.R | 8, repr(Perm.R | 8), Perm(7), repr(Perm(0)), repr(~Perm.R), repr(~Perm(0)))
RW = Perm.R | Perm.W
print(Perm.R in RW, Perm.X in RW, bool(Perm(0)), RW & Perm.R, RW ^ Perm.R, 1 | Perm.X, repr(Perm.W & 7))
print(isinstance(Perm.R, int), Perm.R == 4, list(Perm), str(Perm(8)), str(Perm(0)))


class Color(Flag):
    RED = auto()
    BLUE = auto()
    GREEN = auto()
    WHITE = RED | BLUE | GREEN


print(list(Color), [c.value for c in Color], Color.WHITE, repr(Color.RED | Color.BLUE))
print(Color(3), repr(Color(0)), repr(~Color.RED), Color.RED & Color.BLUE, bool(Color.RED & Color.BLUE))
print(Color.RED in Color.WHITE, Color.WHITE in Color.RED, str(Color(0)), Color(7) is Color.WHITE)
try:
    Color(8)
except ValueError as e:
    print('ValueError', e)
try:
    Color.RED | 1
except TypeError as e:
    print('TypeError', e)
try:
    Perm('x')
except ValueError as e:
    print('ValueError', e)


class Bits(Flag):
    A = 1
    C = 4


print(repr(Bits(5)), str(Bits(5)), repr(~Bits.A))
print(repr(Perm(-1)), repr(Perm(-8)), Perm(-1) == -1)
