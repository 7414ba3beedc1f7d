help(str.join)
help([].append)
help(print)
class P:
    def __repr__(self): return "P()"
help(P())
import abc
print(type(abc.ABC), abc.ABCMeta.__name__)
print(isinstance(memoryview(b"ab"), memoryview), memoryview(b"abc")[::-1].tolist(), memoryview(bytearray(3)).readonly)
def gen():
    yield 1
print(type(gen()).__name__, type(print).__name__, type(P.__repr__).__name__, type(P().__repr__).__name__)
print(type(int.__dict__["__add__"]).__name__, type(dict.__dict__["fromkeys"]).__name__, type((1).__add__).__name__)
