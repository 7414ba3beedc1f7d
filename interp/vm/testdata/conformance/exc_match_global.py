# `except C:` with C a global is one fused test (DUP_TOP; LOAD_GLOBAL;
# COMPARE_OP exception-match; POP_JUMP_IF_FALSE): subclasses, rebinding
# the global, shadowing a builtin, an undefined name, a class that is not
# an exception, __subclasscheck__ (not consulted by except), far handlers.


class Base(Exception):
    pass


class Sub(Base):
    pass


class Other(Exception):
    pass


def classify(exc):
    try:
        raise exc
    except Sub:
        return "Sub"
    except Other:
        return "Other"
    except Base:
        return "Base"
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"


for e in [Sub(), Base(), Other(), KeyError(1), IndexError(2), ValueError(3), Sub]:
    print(type(e).__name__ if not isinstance(e, type) else e.__name__, classify(e))

# rebinding a global between calls
print(classify(Other()))
Other = Sub
print(classify(Sub()), classify(Base()))
Other = type("Other", (Exception,), {})
print(classify(Other()))


# shadowing a builtin exception name with a global, then removing it
def key_handler():
    try:
        {}["k"]
    except KeyError:
        return "caught KeyError"
    except Exception as e:
        return "fell through " + type(e).__name__


print(key_handler())
KeyError = IndexError
print(key_handler())
del KeyError
print(key_handler())


# an undefined name in an except clause
def undefined():
    try:
        raise ValueError("v")
    except NotDefinedAnywhere:
        return "no"
    except ValueError:
        return "yes"


try:
    print(undefined())
except NameError as e:
    print("NameError", e, repr(e.__context__))


# a class that is not an exception
class Plain:
    pass


def not_exc():
    try:
        raise ValueError("v")
    except Plain:
        return "no"


try:
    not_exc()
except TypeError as e:
    print("TypeError", e)

NotAClass = 3


def not_class():
    try:
        raise ValueError("v")
    except NotAClass:
        return "no"


try:
    not_class()
except TypeError as e:
    print("TypeError", e)


# __subclasscheck__ is not consulted by except in 3.7
class Meta(type):
    def __subclasscheck__(cls, sub):
        print("subclasscheck called")
        return True


class Magic(Exception, metaclass=Meta):
    pass


def magic():
    try:
        raise ValueError("v")
    except Magic:
        return "Magic"
    except ValueError:
        return "ValueError"


print(magic())


# a far handler: the jump needs EXTENDED_ARG
def far(x):
    try:
        raise Sub()
    except Other:
        y = x
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        y = y + 1; y = y + 2; y = y + 3; y = y + 4; y = y + 5; y = y + 6
        return y
    except Base:
        return "far Base"


print(far(1))

# uncaught: no clause matches, the exception goes on with its traceback
def none_match():
    try:
        raise Base("deep")
    except Other:
        pass
    except KeyError:
        pass


try:
    none_match()
except Base as e:
    import traceback
    traceback.print_exc()
    print("caught", e)
