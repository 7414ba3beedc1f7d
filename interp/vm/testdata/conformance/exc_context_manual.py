def fail():
    try:
        raise ValueError("inner")
    except ValueError as exc:
        new = RuntimeError("outer")
        print(new.__context__)
        try:
            raise new
        except RuntimeError as caught:
            return caught
e = fail()
print(repr(e), repr(e.__context__), e.__cause__)
e2 = TypeError("t")
e2.__cause__ = KeyError("manual")
print(repr(e2.__cause__), e2.__suppress_context__)
try:
    raise e2
except TypeError as t:
    print(t.__suppress_context__, repr(t.__cause__))
