# An exception class with a Python __init__ (the VM caches, per class
# version, that calling it is BaseException.__new__ then __init__): the
# class and its bases change between calls.


class Base(Exception):
    pass


class AppError(Base):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


def make(*a):
    try:
        e = AppError(*a)
        print(type(e).__name__, e.args, getattr(e, "code", None), getattr(e, "extra", None))
    except Exception as x:
        print("raised", type(x).__name__, x)


for step in range(8):
    if step == 1:
        AppError.__new__ = lambda cls, *a: ValueError("from new", *a)
    elif step == 2:
        del AppError.__new__
    elif step == 3:
        def init(self, code):
            Exception.__init__(self, code, "base")
            self.extra = True
        Base.__init__ = init
        del AppError.__init__
    elif step == 4:
        AppError.__init__ = lambda self, code: None
    elif step == 5:
        del AppError.__init__
        del Base.__init__
    elif step == 6:
        Base.__new__ = lambda cls, *a: Exception.__new__(cls, "made", *a)
    elif step == 7:
        del Base.__new__
        AppError.__init__ = lambda self, *a: self.__dict__.update(code=len(a))
    make(step)
    make()


def gen_init(self, code):
    yield code


class G(Exception):
    __init__ = gen_init


try:
    G(1)
except TypeError as e:
    print("TypeError", e)
