# BaseException.__init__ refills the one-item args tuple allocated with
# the instance while no Python code has seen it; each way of seeing it
# (e.args, copy, an args store) must keep the old tuple intact.
class E(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
e = E(5)
print(e.args, e.code, str(e), repr(e))
class F(Exception):
    def __init__(self, code):
        a = self.args
        super().__init__("code %d" % code)
        print(a, self.args, a is self.args)
F(3)
class G(Exception):
    def __init__(self, code):
        super().__init__("one")
        a = self.args
        super().__init__("two")
        print(a, self.args)
G(1)
k = KeyError("x")
a = k.args
k.__init__("y")
print(a, k.args)
k = KeyError("x")
k.__init__("y")
print(k.args)
try:
    {}["m"]
except KeyError as e:
    e.__init__("n")
    print(e.args, repr(e))
import copy
e = KeyError(7)
c = copy.copy(e)
print(c.args, e.args)
e.__init__("z")
print(c.args, e.args)
k = ValueError(9)
r = [k.args]
k.__init__(10)
print(r, k.args)
class S(Exception):
    pass
s = S(1)
t = s.args
s.__init__(2)
print(t, s.args)
s = S(1)
s.__init__(2)
print(s.args)
class T(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
print(T(1, 2).args)
class U(Exception):
    def __init__(self, x):
        super().__init__(x, x)
print(U(1).args)
class V(Exception):
    def __init__(self, x):
        super().__init__()
print(V(1).args)
class W(Exception):
    def __init__(self, x):
        super().__init__(x)
w = W([1])
print(w.args, w.args is w.args)
class H(Exception):
    def __init__(self, x):
        self.args = ("set",)
        t = self.args
        super().__init__("after")
        print(t, self.args)
H(1)
