def classify(e):
    for cls in (KeyError, IndexError, LookupError, ZeroDivisionError, ArithmeticError, ValueError, Exception):
        if isinstance(e, cls):
            return cls.__name__
for e in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), UnicodeError(), RuntimeError()]:
    print(type(e).__name__, "->", classify(e))
try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
try:
    raise SystemExit(5)
except SystemExit as e:
    print("SystemExit code", e.code)
try:
    raise GeneratorExit
except GeneratorExit as e:
    print("GeneratorExit", repr(e))
class E1(Exception): pass
class E2(E1): pass
class E3(E2): pass
try:
    raise E3("deep")
except E1 as e:
    print(type(e).__name__, [c.__name__ for c in type(e).__mro__])
errors = []
for exc_type in (ValueError, TypeError, KeyError):
    try:
        raise exc_type("msg")
    except (ValueError, TypeError) as e:
        errors.append("VT:" + str(e))
    except Exception as e:
        errors.append("E:" + str(e))
print(errors)
try:
    try:
        raise ValueError
    except TypeError:
        print("wrong")
except ValueError:
    print("outer got ValueError")
print(repr(ValueError()), repr(ValueError(None)), str(KeyError()), str(KeyError(1, 2)))
e = Exception()
e.args = ("changed",)
print(e, e.args)
e.custom = 5
print(e.custom)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as v:
    print("with_traceback ok", v)
