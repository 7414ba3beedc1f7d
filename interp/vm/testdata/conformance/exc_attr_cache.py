# Attribute loads and stores on instances of user exception classes go
# through the VM's attribute caches; BaseException's own names (args,
# __traceback__, __cause__, __context__, __suppress_context__, value of
# StopIteration, code of SystemExit) must still be answered by it.


class AppError(Exception):
    kind = "app"

    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class SmallError(AppError):
    pass


class Stop(StopIteration):
    def __init__(self, v):
        super().__init__(v)
        self.extra = v * 2


class Exit(SystemExit):
    pass


class WithProp(Exception):
    @property
    def code(self):
        return "prop"

    @code.setter
    def code(self, v):
        self.__dict__["_code"] = v


def read(e):
    return e.code


def read_kind(e):
    return e.kind


def write(e, v):
    e.code = v


def read_args(e):
    return e.args


for i in range(3):
    e = SmallError(i)
    print(read(e), read_kind(e), e.args, str(e), e.__dict__)
    write(e, i * 10)
    print(read(e), e.__dict__)

# the same load and store sites see other classes
for e in [AppError(1), Stop(4), WithProp(), ValueError("v")]:
    try:
        print(type(e).__name__, read(e))
    except AttributeError as x:
        print(type(e).__name__, "AttributeError", x)
    try:
        write(e, 7)
        print("wrote", read(e), e.__dict__)
    except AttributeError as x:
        print("write AttributeError", x)

s = Stop(5)
print(s.value, s.extra, s.args)
s.value = 9
print(s.value, s.args)
x = Exit(2)
print(x.code, read(x), x.args)

# special names through the same sites
e = AppError(3)
for name in ["args", "__traceback__", "__cause__", "__context__", "__suppress_context__"]:
    print(name, getattr(e, name))
e.args = ("a", "b")
print(read_args(e), str(e))
e.__cause__ = KeyError("k")
print(repr(e.__cause__), e.__suppress_context__)

# instance attribute shadows a class attribute; deleting it unshadows
e = AppError(4)
print(read_kind(e))
e.kind = "mine"
print(read_kind(e))
del e.kind
print(read_kind(e))
AppError.kind = "changed"
print(read_kind(e))

# __dict__ emptied and refilled in another order
e = AppError(5)
e.__dict__.clear()
e.other = 1
e.code = "fresh"
print(read(e), e.__dict__)
del e.code
try:
    read(e)
except AttributeError as x:
    print("AttributeError", x)


# a class that gains __getattr__ / __setattr__ later
class Late(Exception):
    pass


le = Late()
le.code = 1
print(read(le))
Late.__getattr__ = lambda self, n: "getattr " + n
del le.code
print(read(le))
Late.__setattr__ = lambda self, n, v: print("setattr", n, v)
write(le, 3)
print(le.__dict__)


# __slots__ on an exception subclass
class Slotted(Exception):
    __slots__ = ("code",)


sl = Slotted()
write(sl, 8)
print(read(sl))

# raised and caught
for i in range(4):
    try:
        raise (SmallError if i % 2 else AppError)(i)
    except AppError as err:
        print(read(err), err.kind, err.args)
