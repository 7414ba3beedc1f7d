import math
class I(int):
    pass
class F(float):
    pass
for v in [7, -7, True, False, 10**20, I(5), -(10**30) - 1]:
    print(v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(-1), v.__round__(2), v.__getnewargs__(), type(v.__trunc__()).__name__, type(v.__round__(-1)).__name__)
print(int.__round__(15, -1), int.__round__(25, -1), int.__round__(-25, -1), int.__round__(1234567, -3))
print(math.floor(I(3)), math.ceil(I(3)), math.trunc(I(3)), round(I(3)), round(I(15), -1), int(I(9)))
for f in [2.5, -2.5, 1e300, F(3.7)]:
    print(f.__trunc__(), f.__getnewargs__(), type(f.__trunc__()).__name__)
for bad in [lambda: (1).__trunc__(2), lambda: (1).__round__(1, 2), lambda: (1).__round__('a'), lambda: int.__trunc__('x'), lambda: (1).__getnewargs__(1), lambda: (1.5).__trunc__(1), lambda: float('inf').__trunc__(), lambda: float('nan').__trunc__()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print('abc'.__getnewargs__(), b'ab'.__getnewargs__(), (1, 2).__getnewargs__())
for name in ['__trunc__', '__floor__', '__ceil__', '__round__', '__getnewargs__']:
    print(name, name in dir(1), name in dir(True), name in int.__dict__, name in vars(bool))
print([n for n in ['__trunc__', '__getnewargs__'] if n in dir(2.0)], [n for n in ['__getnewargs__'] if n in dir('')], '__getnewargs__' in dir(()))
import copy
print(copy.copy(I(4)), copy.deepcopy((1, [2])), math.trunc(True), math.floor(-(10**25)), round(7, -1), round(75, -1), round(-85, -1))
