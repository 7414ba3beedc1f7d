print(int, float, str, list, dict, set, frozenset, tuple, bytes, bytearray, complex, bool, type, object, range, slice, super, property, classmethod, staticmethod, memoryview)
print(type(len), type(print), type([].append), type(lambda: 0), type(iter), type(NotImplemented), type(...), type(None))
print(repr(len), repr(print), str(int), repr(type))
import sys
print(type(sys), type(sys).__name__, type(compile("1", "", "eval")).__name__)
def f(): yield
print(type(f()).__name__, type(f).__name__, type(f.__code__).__name__)
print(list.__name__, dict.__qualname__, int.__mro__, list.append.__name__, "".join.__qualname__)
print(type(object.__init__).__name__, type([].append).__name__, type(object().__str__).__name__, type(str.join).__name__)
