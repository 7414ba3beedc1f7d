class A:
    x = 1
    def m(self):
        pass
a = A()
print(getattr(a, "x"), getattr(a, "y", None), hasattr(a, "m"), setattr(a, "y", 2), a.y, delattr(a, "y"), hasattr(a, "y"))
print([n for n in dir(a) if not n.startswith("_")], "__init__" in dir(A), dir(A) == sorted(dir(A)))
print(sorted(n for n in dir([]) if not n.startswith("_")))
print(id(a) == id(a), id(a) != id(A()), hash("x") == hash("x"), hash(1), hash(-1), hash(-2), hash((1, 2)), hash(None) == hash(None))
print(isinstance(object(), object), callable(A), callable(a), callable(a.m), type(a) is A, a.__class__.__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    getattr(a, 5)
except TypeError as e:
    print(e)
print(issubclass(type, object), issubclass(object, type), type(object), object.__bases__, A.__bases__)
