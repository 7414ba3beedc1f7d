m = __import__("math")
print(m.__name__, m.sqrt(16), type(m).__name__)
import math as mm, sys
from math import pi as PI, floor
print(mm is m, PI, floor(2.7), "math" in sys.modules, sys.modules["math"] is m)
from collections import *
print(deque([1]), Counter("aab").most_common(1))
import collections
print(collections.deque is deque, __import__("collections").Counter is Counter)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import no_such_name
except ImportError as e:
    # the message ends with the module's file path, which is machine-specific
    print(type(e).__name__, str(e).split(" (")[0], e.name)
def local_import():
    import json
    return json.dumps([1])
print(local_import(), "json" in dir())
