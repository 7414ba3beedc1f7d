def f():
    try:
        try:
            raise ValueError("v")
        except ValueError:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e), type(e.__context__).__name__)
f()
def loop_try():
    out = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append(-e.args[0])
            continue
        finally:
            out.append("f")
    return out
print(loop_try())
def ret_from_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(ret_from_except())
def while_break_finally():
    i = 0
    while True:
        try:
            i += 1
            if i == 3:
                break
        finally:
            print("f", i)
    return i
print(while_break_finally())
class CleanupError(Exception): pass
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup running")
except ValueError as e:
    print("got", e)
try:
    try:
        raise ValueError("lost")
    finally:
        raise CleanupError("from finally")
except CleanupError as e:
    print("CleanupError", e, type(e.__context__).__name__)
e1 = ValueError("x")
try:
    raise e1
except ValueError as caught:
    print(caught is e1)
try:
    raise ValueError("no cause") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def multi():
    try:
        {}["a"]
    except (KeyError, IndexError) as e:
        return type(e).__name__
print(multi())
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, e.args, len(e.args))
try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.args)
err = None
try:
    [].pop()
except Exception as ex:
    err = ex
print(type(err).__name__, err)
print(isinstance(KeyError(), LookupError), KeyError.__bases__, BaseException.__subclasses__ is not None)
for exc in [ArithmeticError, OverflowError, RecursionError, NotImplementedError, ModuleNotFoundError, UnboundLocalError, IndentationError, TabError, UnicodeDecodeError, StopAsyncIteration, TimeoutError, FileNotFoundError]:
    print(exc.__name__, exc.__bases__[0].__name__)
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print("bare raise inside except", e)
def gen_raise():
    try:
        yield 1
    finally:
        print("gen finally")
for x in gen_raise():
    print(x)
