def f():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("during handling")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise OSError("x")
    except OSError:
        raise RuntimeError("no context") from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = Exception("a", 2)
print(e.args, str(e), repr(e), str(Exception()), str(Exception("one")), repr(KeyError("k")), str(KeyError("k")))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.__traceback__ is not None, e.__traceback__.tb_lineno)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
