class MyList(list):
    def sum(self):
        return sum(self)
l = MyList([1, 2, 3]); l.append(4)
print(l, l.sum(), type(l[:2]).__name__, type(l + l).__name__, isinstance(l, list))
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
d = MyDict(a=1); d["b"] = 2; d.update(c=3)
print(d)
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + "x", type(s + "x").__name__, len(s), repr(s))
class MyInt(int):
    def __add__(self, o):
        return MyInt(int(self) + int(o) + 1000)
print(MyInt(1) + 2, 2 + MyInt(1), type(MyInt(5) * 2).__name__)
class MyExc(ValueError):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
try:
    raise MyExc(7)
except ValueError as e:
    print(e, e.code, e.args, repr(e))
