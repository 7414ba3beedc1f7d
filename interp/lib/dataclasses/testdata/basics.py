from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         FrozenInstanceError, is_dataclass, make_dataclass, InitVar, MISSING)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point(5), Point(x=3, y=4), Point.y, Point.__doc__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)], fields(Point)[1].default)
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print(Point.__hash__, Point.__eq__.__qualname__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
try:
    Point()
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    Point(1, z=2)
except TypeError as e:
    print('TypeError', e)
try:
    {p}
except TypeError as e:
    print('TypeError', e)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 <= v2, v1 > v2, sorted([v2, v1]), hash(v1) == hash((1, 2, ())), {v1: 'a'}[Version(1, 2)])
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    v1.other = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    v1 < (1, 2)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default='s', compare=False)
    total: float = field(init=False, default=0.0)
    meta: dict = field(default_factory=dict, metadata={'unit': 'kg'})


a = Inventory('a')
b = Inventory('a')
a.items.append(1)
print(a, b, a.items is b.items, a == b, Inventory('x', secret='t') == Inventory('x'))
print(fields(Inventory)[5].metadata, fields(Inventory)[5].metadata['unit'], fields(Inventory)[0].metadata)
print(hasattr(Inventory, 'items'), Inventory.count, Inventory.total)
print(fields(Inventory)[2])
try:
    replace(a, total=1.0)
except ValueError as e:
    print('ValueError', e)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError', e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        x: int
except ValueError as e:
    print('ValueError', e)
try:
    fields(3)
except TypeError as e:
    print('TypeError', e)
try:
    asdict(Point)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Base:
    a: int
    b: str = 'b'


@dataclass
class Derived(Base):
    c: float = 1.5
    a: int = 7


print(Derived(), Derived(1, 'x', 2.0), [f.name for f in fields(Derived)])


@dataclass
class WithPost:
    x: int
    scale: InitVar[int] = 2
    y: int = field(init=False)

    def __post_init__(self, scale):
        self.y = self.x * scale


w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)])
print(replace(w, x=4, scale=3))


@dataclass
class Nested:
    p: Point
    ps: list
    d: dict


n = Nested(Point(1, 2), [Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))


@dataclass(eq=False)
class NoEq:
    x: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashed:
    x: int
    y: int = field(hash=False)


print(hash(Hashed(1, 2)) == hash((1,)))


@dataclass
class Explicit:
    x: int

    def __repr__(self):
        return 'custom'

    def __eq__(self, other):
        return True


print(Explicit(1), Explicit(1) == 5, Explicit.__hash__)

C = make_dataclass('C', [('x', int), 'y', ('z', int, field(default=5))], namespace={'add': lambda self: self.x + self.z})
c = C(1, 2)
print(c, c.add(), [f.name for f in fields(C)])


@dataclass
class Rec:
    children: list = field(default_factory=list)


r = Rec()
r.children.append(r)
print(r)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))
print(repr(MISSING)[:30])


@dataclass
class Selfish:
    self: int


print(Selfish(3))
