import sys
print(sys.getrecursionlimit())
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(900 < d < 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), 150 < depth() < 200)
sys.setrecursionlimit(1000)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
