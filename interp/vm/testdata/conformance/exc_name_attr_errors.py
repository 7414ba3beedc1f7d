try:
    undefined
except NameError as e:
    print(e)
class A:
    __slots__ = ()
for t in [lambda: A().x, lambda: A.x, lambda: "".nope, lambda: [].nope, lambda: None.nope, lambda: int.nope, lambda: type.nope]:
    try:
        t()
    except AttributeError as e:
        print(e)
import math
try:
    math.nope
except AttributeError as e:
    print(e)
def f():
    return undefined_in_f
try:
    f()
except NameError as e:
    print(e)
try:
    del undefined2
except NameError as e:
    print(e)
