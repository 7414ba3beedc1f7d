from typing import (Any, Callable, ClassVar, Dict, FrozenSet, Generic, Iterable, Iterator,
                    List, Mapping, NamedTuple, Optional, Sequence, Set, Tuple, Type, TypeVar,
                    Union, cast, overload, get_type_hints, NewType, Generator, DefaultDict,
                    Counter, Deque, NoReturn, AnyStr, Text, TYPE_CHECKING)
import typing

print(List, List[int], Dict[str, int], Dict[str, List[int]], Set[str], FrozenSet[int])
print(Optional[int], Union[int, str], Union[int], Union[int, Union[str, float]], Union[int, str, int])
print(Tuple, Tuple[int, str], Tuple[int, ...], Tuple[()], Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Any, NoReturn, ClassVar[int], Type[int], Iterable[str], Iterator[int], Sequence[float], Mapping[str, Any])
print(Generator[int, None, None], DefaultDict[str, int], Counter[str], Deque[int])
print(List[int].__origin__, List[int].__args__, Dict.__parameters__, List.__args__)
print(Union[int, str].__args__, Optional[str].__args__, Callable[[int], str].__args__)
print(List[int] == List[int], List[int] == List[str], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]))
print(Optional[int] == Union[int, None], Union[int, str] is not None, List is typing.List)
print(isinstance([], List), issubclass(list, List), isinstance({}, Dict), isinstance((), Tuple), isinstance(len, Callable))
print(isinstance([], Iterable), isinstance(3, Iterable), issubclass(dict, Mapping))

for expr in ['isinstance([], List[int])', 'List()', 'Dict()', 'isinstance(1, Any)', 'Any()', 'Union[()]',
             'List[int, str]', 'Dict[int]', 'Callable[int]', 'Union[1]', 'Optional[int, str]',
             'Generic()', 'issubclass(int, Union[int, str])', 'Tuple()', "TypeVar('X', int)",
             "TypeVar('X', covariant=True, contravariant=True)", 'List[int][str]', 'ClassVar[int, str]']:
    try:
        print(expr, '->', eval(expr))
    except (TypeError, ValueError) as e:
        print(expr, '->', type(e).__name__, e)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=str)
print(T, T_co, TypeVar('C', contravariant=True), N, N.__constraints__, B.__bound__, T.__name__, AnyStr)
print(List[T], Dict[K, V], Dict[str, T][int], List[T].__parameters__, Dict[K, List[V]][str, int])


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box(3)
print(b.get(), Box[int], Box.__parameters__, Box[int](5).item, Box.__mro__)
print(Box[int].__origin__ is Box, Box[int] == Box[int], Box[str] == Box[int])


class Pair(Generic[K, V]):
    pass


print(Pair[str, int], Pair.__parameters__)
try:
    Pair[int]
except TypeError as e:
    print('TypeError', e)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox.__mro__, IntBox(3).get())


class Names(List[str]):
    pass


n = Names(['a'])
n.append('b')
print(n, Names.__mro__, Names.__orig_bases__)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return abs(self.x) + abs(self.y)


p = Point(1, 2)
print(p, Point(5), p.norm(), p._fields, p._field_defaults, Point._field_types, p._asdict(), p[0])
print(Point.__annotations__, isinstance(p, tuple))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._field_types)
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError', e)


def f(a: int, b: str = None, *args: int, c: List[int] = [], **kw: Any) -> Dict[str, int]:
    return {}


print(f.__annotations__)
print(get_type_hints(f))


class Annotated:
    x: int
    y: 'List[str]'
    z: ClassVar[int] = 3


print(get_type_hints(Annotated), Annotated.__annotations__)
print(cast(int, 'x'), cast(List[int], None))
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, UserId.__supertype__)


@overload
def g(x: int) -> int: ...


try:
    g(1)
except NotImplementedError as e:
    print('NotImplementedError', e)
print(Text, TYPE_CHECKING, typing.Hashable, typing.Sized, typing.AbstractSet[int], typing.ByteString)
print(repr(typing.ForwardRef('X')), Union['X', int], List['int'])
print(Optional[List[Dict[str, Optional[int]]]])
print(Callable[[List[int], Dict[str, T]], Tuple[T, ...]], Callable[[T], T][int])
print(Tuple[int, str].__args__, Tuple[int, ...].__args__, Tuple[()].__args__)
