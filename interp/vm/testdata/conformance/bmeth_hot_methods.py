# Hot built-in methods called straight from CALL_METHOD (list.append/pop,
# dict.get, sum) and str ==/!= in the fused compare-and-branch forms: their
# argument errors and overriding subclasses.
def tryit(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
d = {"a": 1, 2: "x"}
l = [1, 2, 3]
tryit(lambda: d.get("a"))
tryit(lambda: d.get("b"))
tryit(lambda: d.get("b", 5))
tryit(lambda: d.get(2, 5))
tryit(lambda: d.get())
tryit(lambda: d.get(1, 2, 3))
tryit(lambda: d.get(k=1))
tryit(lambda: d.get([]))
tryit(lambda: dict.get(d, "a"))
tryit(lambda: dict.get(l, "a"))
tryit(lambda: l.append())
tryit(lambda: l.append(1, 2))
tryit(lambda: l.append(x=1))
tryit(lambda: l.pop())
tryit(lambda: l.pop(0))
tryit(lambda: l.pop(-1))
tryit(lambda: l.pop(9))
tryit(lambda: l.pop("a"))
tryit(lambda: l.pop(x=1))
tryit(lambda: [].pop())
tryit(lambda: [].pop(0))
tryit(lambda: list.append(d, 1))
tryit(lambda: list.pop(l))
tryit(lambda: l)
tryit(lambda: sum([1, 2]))
tryit(lambda: sum([1, 2], 10))
tryit(lambda: sum([[1]], []))
tryit(lambda: sum(["a"], ""))
tryit(lambda: sum())
tryit(lambda: sum(1))
tryit(lambda: sum([1], start=3))
class S(str): 
    def __eq__(self, o): return True
    __hash__ = str.__hash__
tryit(lambda: S("a") == "b")
tryit(lambda: "b" == S("a"))
tryit(lambda: "a" == "a" and "a" != "b")
x = "push"
for op in ["push", "pop", S("zz")]:
    if op == x: print("eq", op)
    elif op != "pop": print("ne", op)
class L(list):
    def append(self, x): print("L.append", x)
    def pop(self): return "popped"
ll = L()
for i in range(2):
    ll.append(i); print(ll.pop())
class D(dict):
    def get(self, k, d=None): return "Dget"
print(D().get(1))
for f in [lambda: sum(1,2,3), lambda: sum(), lambda: sum([],x=1), lambda: sum(x=1), lambda: [].pop(1,2), lambda:[1].pop(1,2), lambda: [].pop(x=1), lambda: [].pop("a"), lambda: [5].pop("a"), lambda: [5].pop(True), lambda: sum(iter([1.5, 2]))]:
    tryit(f)
for f in [lambda: ord("a"), lambda: ord("é"), lambda: ord("ab"), lambda: ord(""), lambda: ord(b"a"), lambda: ord(), lambda: ord(x="a"), lambda: ord(1),
          lambda: chr(97), lambda: chr(), lambda: chr(1, 2), lambda: chr(x=1), lambda: chr(-1), lambda: chr("a"), lambda: chr(True)]:
    tryit(f)
class T(str):
    def __add__(self, o): return "T.add"
    def __radd__(self, o): return "T.radd"
s = "x"
s += "y"
tryit(lambda: s)
tryit(lambda: T("a") + "b")
tryit(lambda: "b" + T("a"))
tryit(lambda: "b" + 1)
u = "b"
try:
    u += 1
except TypeError as e:
    print(e)
u += ""
tryit(lambda: u)
for f in [lambda: int("12"), lambda: int("-7"), lambda: int(" 12 "), lambda: int("1_000"), lambda: int(True), lambda: int("x"),
          lambda: int(3), lambda: int(2.5), lambda: int("99999999999999999999"), lambda: int(), lambda: int("ff", 16)]:
    tryit(f)
class I(int): pass
tryit(lambda: type(I("5")).__name__)
for f in [lambda: int(1 < 2), lambda: int(2 < 1), lambda: type(int(True)).__name__, lambda: int(True) is True]:
    tryit(f)
