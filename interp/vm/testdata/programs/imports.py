import sys
from sys import maxsize
import builtins
print(maxsize, sys.maxsize == 2 ** 63 - 1, builtins.len("ab"), type(sys).__name__)
print(sys.getrecursionlimit(), "sys" in sys.modules, sys.version_info[0])
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
from builtins import *
print(abs(-1))
