# str(e) of an exception with BaseException's __str__ and one exact str
# argument is that str; every other shape formats as before.


class S(str):
    def __str__(self):
        return "S.__str__"


class MyErr(Exception):
    pass


class WithStr(Exception):
    def __str__(self):
        return "custom"


class Deeper(WithStr):
    pass


class Meta(type):
    def __str__(cls):
        return "meta"


class MetaErr(Exception, metaclass=Meta):
    pass


cases = [
    ValueError("bad"),
    ValueError(),
    ValueError("a", "b"),
    ValueError(3),
    ValueError(S("sub")),
    KeyError("k"),
    KeyError("k", "j"),
    OSError(2, "No such file"),
    StopIteration("stop"),
    MyErr("mine"),
    MyErr(),
    WithStr("w"),
    Deeper("d"),
    MetaErr("m"),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
]
for e in cases:
    s = str(e)
    args = e.args
    same = len(args) == 1 and s is args[0]
    print(type(e).__name__, repr(s), type(s).__name__, same)

# args replaced after creation
e = ValueError("first")
e.args = ("second",)
print(str(e), str(e) is e.args[0])
e.args = ["listed"]
print(repr(str(e)), type(e.args).__name__)
e.args = ()
print(repr(str(e)))

# __str__ added to the class later
class Late(Exception):
    pass


x = Late("before")
print(str(x))
Late.__str__ = lambda self: "after"
print(str(x))
del Late.__str__
print(str(x))

# raised and caught, as the benchmark does
n = 0
for i in range(5):
    try:
        try:
            raise ValueError("bad")
        except ValueError:
            raise
    except Exception as err:
        n += len(str(err))
print(n)
