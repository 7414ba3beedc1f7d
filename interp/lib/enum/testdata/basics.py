from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color, repr(Color), type(Color.RED), isinstance(Color.RED, Color))
print(list(Color), len(Color), list(reversed(Color)))
print(Color(2), Color['BLUE'], Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.RED in Color, Color.__members__)
print(dict(Color.__members__))
print(Color.RED.__class__.__name__, Color.__name__, Color.__doc__)
print('{}'.format(Color.GREEN), '{:>12}|'.format(Color.GREEN), f'{Color.BLUE!r}', format(Color.RED))
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.RED])
print(sorted(Color, key=lambda c: c.value, reverse=True))
for bad in (4, 'RED', None):
    try:
        Color(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError', e)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError', e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape.__members__['ALIAS_FOR_SQUARE'])
print(list(Shape.__members__))
try:
    unique(Shape)
except ValueError as e:
    print('ValueError', e)


@unique
class Mist(Enum):
    ONE = 1
    TWO = 2


print(list(Mist))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()
    X = auto()
    Y = auto()


print(list(Named))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return '%s has mass %s' % (self.name, self.mass)

    @classmethod
    def biggest(cls):
        return max(cls, key=lambda p: p.mass)


print(Planet.EARTH, Planet.EARTH.value, round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.describe())
print(Planet.biggest(), Planet((3.303e+23, 2.4397e6)))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Number.ONE, repr(Number.TWO), Number.ONE == 1, Number.TWO + 1, Number.THREE > Number.ONE, int(Number.TWO))
print(sorted([Number.THREE, Number.ONE]), Number(3), [1, 2, 3][Number.ONE], '{}'.format(Number.TWO), '%d' % Number.THREE)
print(isinstance(Number.ONE, int), Number.ONE.real, hash(Number.ONE) == hash(1), Number.ONE in Number)
try:
    Number(5)
except ValueError as e:
    print('ValueError', e)


class StrEnum(str, Enum):
    A = 'a'
    B = 'b'


print(StrEnum.A, repr(StrEnum.A), StrEnum.A == 'a', StrEnum('b'), StrEnum.A.upper(), '{}'.format(StrEnum.B))

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Animal.__module__)
Pair = Enum('Pair', [('X', 10), ('Y', 20)])
print(list(Pair))
Mapped = Enum('Mapped', {'P': 'p', 'Q': 'q'})
print(list(Mapped))
Listed = IntEnum('Listed', ['ONE', 'TWO'], start=5)
print(list(Listed), repr(Listed.TWO))


class WithMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        return None


print(WithMissing('a'))
try:
    WithMissing('b')
except ValueError as e:
    print('ValueError', e)


class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2


print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e:
    print('TypeError', e)
try:
    class Reserved(Enum):
        _foo_ = 1
except ValueError as e:
    print('ValueError', e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print('ValueError', e)
try:
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return 1
except TypeError as e:
    print('TypeError', e)
print(dir(Color.RED))
print(Color.RED.__objclass__, Color._member_names_, Color._value2member_map_)
print(Color.RED._name_, Color.RED._value_, Color.name if False else '')
print(bool(Color), bool(Color.RED))
print(Color(Color.RED))
