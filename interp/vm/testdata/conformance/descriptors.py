class Typed:
    def __init__(self, t):
        self.t = t
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, "unset")
    def __set__(self, inst, v):
        if not isinstance(v, self.t):
            raise TypeError("%s must be %s" % (self.name, self.t.__name__))
        inst.__dict__[self.name] = v
class NonData:
    def __get__(self, inst, owner):
        return "nondata from " + (owner.__name__)
class Rec:
    x = Typed(int)
    y = Typed(str)
    z = NonData()
r = Rec()
print(r.x)
r.x = 5; r.y = "s"
print(r.x, r.y, type(Rec.x).__name__, r.z)
try:
    r.x = "bad"
except TypeError as e:
    print(e)
r.__dict__["z"] = "instance wins"
r.__dict__["x"] = 999
print(r.z, r.x)
class Del:
    def __get__(self, i, o):
        return 1
    def __delete__(self, i):
        print("delete called")
class H:
    d = Del()
del H().d
