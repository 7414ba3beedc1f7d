class P:
    __slots__ = ("x",)
p = P()
try:
    vars(p)
except TypeError as e:
    print(e)
p.x = 5
print(getattr(p, "x"), P.__dict__["x"].__name__, P.x.__objclass__.__name__)
try:
    P.x.__get__(3)
except TypeError as e:
    print(e)
try:
    p.__dict__ = {}
except AttributeError as e:
    print(e)
class Q(P):
    __slots__ = ("__x", "y")
    def setx(self, v): self.__x = v
    def getx(self): return self.__x
q = Q(); q.setx(9); print(q.getx(), sorted(k for k in Q.__dict__ if not k.startswith("__")))
class E(Exception):
    __slots__ = ("code",)
e = E("m"); e.code = 3; print(e.code, e.args)
