import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): pass
    @property
    @abstractmethod
    def p(self): pass
    @classmethod
    @abstractmethod
    def c(cls): pass
print(sorted(Base.__abstractmethods__))
class Half(Base):
    def f(self): return 1
print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    p = 3
    @classmethod
    def c(cls): return "c"
print(Full().f(), Full().p, Full.c(), Full.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), abc.get_cache_token() >= 1)
@Reg.register
class X: pass
print(issubclass(X, Reg), isinstance(X(), Reg))
try:
    Reg.register(3)
except TypeError as e:
    print(e)
print(type(Base), Base.__mro__, ABC.__slots__)
class M(ABC):
    pass
print(type(M()).__name__)
