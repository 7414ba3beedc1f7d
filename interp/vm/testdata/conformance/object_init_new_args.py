# object.__init__ and object.__new__ with extra arguments: allowed only
# when the other one is overridden, with 3.7's messages otherwise.
import abc


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, "TypeError", e)


class NewOnly:
    def __new__(cls, *a, **k):
        return super().__new__(cls)


class InitOnly:
    def __init__(self, x):
        super().__init__()


class InitPasses:
    def __init__(self, x):
        super().__init__(x)


class Both:
    def __new__(cls, x):
        return super().__new__(cls)

    def __init__(self, x):
        super().__init__(x)


class NewPasses:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class Neither:
    pass


class Sub(NewOnly):
    pass


class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self):
        pass


attempt("NewOnly(1, x=2)", lambda: NewOnly(1, x=2))
attempt("InitOnly(1)", lambda: InitOnly(1))
attempt("InitPasses(1)", lambda: InitPasses(1))
attempt("Both(1)", lambda: Both(1))
attempt("NewPasses()", lambda: NewPasses())
attempt("NewPasses(1)", lambda: NewPasses(1))
attempt("Neither(1)", lambda: Neither(1))
attempt("Sub(1)", lambda: Sub(1))
attempt("object(1)", lambda: object(1))
attempt("object.__new__(Neither, 1)", lambda: object.__new__(Neither, 1))
attempt("object.__new__(InitOnly, 1)", lambda: object.__new__(InitOnly, 1))
attempt("object.__new__(NewOnly, 1)", lambda: object.__new__(NewOnly, 1))
attempt("object.__init__(Neither(), 1)", lambda: object.__init__(Neither(), 1))
attempt("object.__init__(NewOnly(), 1)", lambda: object.__init__(NewOnly(), 1))
attempt("object.__init__(InitOnly(0), 1)", lambda: object.__init__(InitOnly(0), 1))
attempt("object.__new__(Abstract)", lambda: object.__new__(Abstract))
attempt("Abstract()", lambda: Abstract())
