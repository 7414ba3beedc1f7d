# Built-in method descriptors called with self of a subclass of their
# owner (the VM calls them straight on the stack when no unboxing is
# needed): exceptions under super(), list/dict/str/int subclasses, wrong
# self types, overridden methods.


class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class Sub(AppError):
    pass


e = Sub(3)
print(e.args, e.code, str(e), repr(e))
BaseException.__init__(e, 1, 2)
print(e.args)
Exception.__init__(e)
print(e.args)
try:
    BaseException.__init__(5, 1)
except TypeError as x:
    print("TypeError", x)
try:
    KeyError.__str__(ValueError(1))
except TypeError as x:
    print("TypeError", x)
print(KeyError.__str__(type("K", (KeyError,), {})("k")))


class L(list):
    def append(self, x):
        super().append(x * 10)


l = L()
l.append(1)
list.append(l, 2)
m = l.extend
m([3])
print(l, list.__len__(l), l.__len__())


class D(dict):
    def __missing__(self, k):
        return "missing"


d = D(a=1)
print(d["b"], dict.get(d, "b"), d.get("a"), dict.__getitem__(d, "a"))
try:
    dict.__getitem__(d, "zz")
except KeyError as x:
    print("KeyError", x)
print(d.__getitem__("zz"))


class S(str):
    def upper(self):
        return "overridden"


s = S("abc")
print(s.upper(), str.upper(s), s.title(), str.__len__(s), type(str.strip(S(" x "))).__name__)


class I(int):
    pass


i = I(7)
print(int.bit_length(i), i.bit_length(), int.__add__(i, 1), type(int.__add__(i, 1)).__name__)
try:
    list.append((), 1)
except TypeError as x:
    print("TypeError", x)
try:
    str.upper(5)
except TypeError as x:
    print("TypeError", x)


class T(tuple):
    pass


print(tuple.count(T((1, 1, 2)), 1), T((1, 2)).index(2))


class Setty(set):
    pass


st = Setty([1])
set.add(st, 2)
st.discard(1)
print(sorted(st), type(st).__name__)
