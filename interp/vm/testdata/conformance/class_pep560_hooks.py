# PEP 560 and the check hooks: a base with __mro_entries__ is replaced in
# the class statement (and __orig_bases__ remembers it); __class_getitem__
# is an implicit classmethod; a non-class with __instancecheck__ or
# __subclasscheck__ answers isinstance/issubclass.
class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print('mro_entries', [type(b).__name__ for b in bases])
        return (self.target,)


class X(Alias(list)):
    pass


print(X.__mro__, type(X.__orig_bases__[0]).__name__, X([1]))


class Y(int, Alias(object)):
    pass


print(Y.__bases__, '__orig_bases__' in Y.__dict__)


class Z(dict):
    pass


print('__orig_bases__' in Z.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class W(Empty(), Alias(tuple)):
    pass


print(W.__bases__)


class Bad:
    def __mro_entries__(self, bases):
        return [int]


try:
    class V(Bad()):
        pass
except TypeError as e:
    print('TypeError', e)


class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


class H(G):
    pass


print(G[int], H[str, int])


class AnyKind:
    def __instancecheck__(self, obj):
        return isinstance(obj, int)

    def __subclasscheck__(self, cls):
        return cls is bool


k = AnyKind()
print(isinstance(3, k), isinstance('a', k), issubclass(bool, k), issubclass(int, k), isinstance(3, (str, k)))
for args in [(3, object()), (3, 5)]:
    try:
        isinstance(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    issubclass(int, 3)
except TypeError as e:
    print('TypeError', e)
