print(None, repr(None), type(None).__name__, None is None, None == 0, bool(None))
print(NotImplemented, Ellipsis, ..., ... is Ellipsis, type(...).__name__, type(NotImplemented).__name__)
class A:
    def __eq__(self, o):
        return NotImplemented
    def __add__(self, o):
        return NotImplemented
print(A() == A(), A() != A())
try:
    A() + 1
except TypeError as e:
    print(e)
try:
    None + 1
except TypeError as e:
    print(e)
try:
    None()
except TypeError as e:
    print(e)
