# A class's __doc__ can be assigned (not a built-in type's); a
# mappingproxy shows itself in its repr but prints as its mapping.
import types


class A:
    pass


print(A.__doc__)
A.__doc__ = 'hello'
print(A.__doc__, A().__doc__)


class B(A):
    "orig"


B.__doc__ = None
print(B.__doc__, A.__doc__)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print(e)
try:
    del A.__doc__
except TypeError as e:
    print(e)
mp = types.MappingProxyType({'a': 1})
print(repr(mp), mp, str(mp), [mp])
print(repr(types.MappingProxyType({})))
