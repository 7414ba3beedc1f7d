# `except (A, B):` matched without building the tuple: every way the
# tuple's items can be wrong, nested tuples, subclasses, metaclasses with
# __subclasscheck__ (never consulted), and errors raised at the compare.


class Meta(type):
    # a match that consulted these would catch everything
    def __subclasscheck__(cls, sub):
        return True

    def __instancecheck__(cls, inst):
        return True


class MetaErr(Exception, metaclass=Meta):
    pass


class Base(Exception):
    pass


class Sub(Base):
    pass


def catch(exc, *classes):
    try:
        try:
            raise exc
        except (classes[0], classes[1]):
            return "first"
        except (classes[0], classes[1], classes[2]) if len(classes) > 2 else ():
            return "second"
    except TypeError as e:
        return "TypeError: %s" % e
    except BaseException as e:
        return "escaped %s" % type(e).__name__


print(catch(KeyError("k"), KeyError, IndexError))
print(catch(IndexError(1), KeyError, IndexError))
print(catch(LookupError(), KeyError, IndexError))
print(catch(Sub(), Base, ValueError))
print(catch(Base(), Sub, ValueError))
print(catch(ValueError(), MetaErr, KeyError))
print(catch(MetaErr(), KeyError, MetaErr))
print(catch(ValueError(), KeyError, int))
print(catch(ValueError(), ValueError, int))
print(catch(ValueError(), 1, ValueError))
print(catch(ValueError(), KeyError, (ValueError,)))
print(catch(ValueError(), KeyError, IndexError, ValueError))
print(catch(ValueError(), KeyError, IndexError, "x"))
print(catch(ValueError(), KeyError, IndexError, Exception))


# nested tuples are refused by the check, built or not
def nested():
    try:
        try:
            raise KeyError(1)
        except ((KeyError, IndexError), ValueError):
            print("caught nested")
    except TypeError as e:
        print("nested:", e)


nested()
err = (KeyError, IndexError)
try:
    try:
        raise KeyError(2)
    except err:
        print("caught by a tuple variable")
    try:
        raise KeyError(3)
    except (err, ValueError):
        print("caught nested variable")
except TypeError as e:
    print("variable nested:", e)


# the tuple of a failed check is not left on the stack: the loop goes on
n = 0
for i in range(5):
    try:
        try:
            raise ValueError(i)
        except (KeyError, i):
            pass
    except TypeError:
        n += 1
print("refused", n)


# the error's traceback points at the except line
def where():
    try:
        raise ValueError
    except (KeyError,
            None):
        pass


try:
    where()
except TypeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("line", tb.tb_lineno, "lasti", tb.tb_lasti)

# an empty tuple matches nothing; a one-item tuple
try:
    try:
        raise KeyError
    except ():
        print("wrong")
except KeyError:
    print("empty tuple matches nothing")
try:
    raise OSError(2, "x")
except (FileNotFoundError,) as e:
    print("one-item tuple", type(e).__name__)
except OSError:
    print("plain OSError")
