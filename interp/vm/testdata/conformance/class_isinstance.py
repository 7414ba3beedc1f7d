class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), issubclass(B, A), issubclass(A, A), issubclass(B, (C,)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance([], (list, tuple)), isinstance(int, type), isinstance(type, type), isinstance(type, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 42
class Any42(metaclass=Meta): pass
print(isinstance(42, Any42), isinstance(41, Any42))
