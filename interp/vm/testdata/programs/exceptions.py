def risky(n):
    if n == 0:
        raise ValueError("zero!")
    if n == 1:
        return 1 / 0
    if n == 2:
        return [][1]
    if n == 3:
        return {}["k"]
    if n == 4:
        return undefined_name
    if n == 5:
        return "a" + 1
    if n == 6:
        return int("xyz")
    if n == 7:
        return None.attr
    return n

for i in range(9):
    try:
        print(i, risky(i))
    except (ValueError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
    except LookupError as e:
        print(i, "lookup", type(e).__name__, repr(e))
    except Exception as e:
        print(i, "other", type(e).__name__, e.args)

class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

try:
    raise MyError(42, "custom")
except MyError as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))

try:
    try:
        raise KeyError("inner")
    except KeyError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("during")
except TypeError as e:
    print(e, type(e.__context__).__name__, e.__cause__)

def reraise():
    try:
        raise ValueError("original")
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    print("reraised", e)

try:
    raise
except RuntimeError as e:
    print(e)

e = ValueError("a", 1)
print(str(e), repr(e), e.args, str(ValueError()), repr(KeyError("x")), str(KeyError("x")))
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), ZeroDivisionError.__mro__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except ValueError as e:
    print("bare class raise", repr(e))

def nested_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("finally", i)
    return "done"
print(nested_finally())

def ret_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_finally())

def override():
    try:
        return 1
    finally:
        return 2
print(override())

def swallow():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(swallow())

try:
    try:
        raise ValueError("x")
    finally:
        print("inner finally")
except ValueError:
    print("outer caught")

def exc_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        return err
    except NameError as n:
        return "NameError: " + str(n)
print(exc_var_cleared())
import sys
try:
    raise KeyError(3)
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("AssertionError:", e)
class E2(Exception):
    def __str__(self):
        return "custom str"
print(str(E2()), repr(E2("x")))
