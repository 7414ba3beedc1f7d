def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + type(e).__name__
for exc in [KeyError("a"), IndexError, ZeroDivisionError(), OverflowError, ValueError("v"), LookupError()]:
    print(classify(exc))
def scoped():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        e
    except NameError as ne:
        print("e deleted:", ne)
scoped()
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
except KeyError as e:
    print("outer caught", e)
def reraise():
    try:
        raise IndexError("orig")
    except IndexError:
        try:
            raise
        except IndexError as e:
            return "re-caught " + str(e)
print(reraise())
try:
    raise
except RuntimeError as e:
    print(e)
import sys
try:
    raise TypeError("ti")
except TypeError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
