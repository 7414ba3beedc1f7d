# A with statement's Python __enter__ and __exit__ run as pooled frames
# of the loop when they take exactly the arguments given; the others
# (defaults, *args, closures, generators) go the general way. Frames,
# recursion depth and tracebacks must not tell the difference.
import sys


class Plain:
    log = []

    def __enter__(self):
        Plain.log.append(("enter", sys._getframe().f_back.f_code.co_name))
        return self

    def __exit__(self, typ, val, tb):
        Plain.log.append(("exit", typ.__name__ if typ else None, sys._getframe(1).f_code.co_name))
        return typ is KeyError


class Defaults:
    def __enter__(self, extra=5):
        return extra

    def __exit__(self, *exc):
        print("exit args", len(exc), exc[0].__name__ if exc[0] else None)
        return True


def make_closure_cm():
    seen = []

    class C:
        def __enter__(self):
            seen.append("in")
            return seen

        def __exit__(self, t, v, tb):
            seen.append("out")

    return C()


class RaisesInEnter:
    def __enter__(self):
        raise ValueError("from enter")

    def __exit__(self, t, v, tb):
        print("never")


class RaisesInExit:
    def __enter__(self):
        return 1

    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")


class Locals:
    def __enter__(self):
        a, b = 1, 2
        return a + b

    def __exit__(self, t, v, tb):
        x = "exit-local"
        if tb is not None:
            print("tb frame", tb.tb_frame.f_code.co_name, tb.tb_lineno)
        print("exit locals", sorted(sys._getframe().f_locals))
        return True


def user():
    for i in range(4):
        with Plain() as p:
            if i % 2:
                raise KeyError(i)
    print(Plain.log)
    with Defaults() as d:
        print("defaults gave", d)
        raise IndexError
    cm = make_closure_cm()
    with cm as s:
        s.append("body")
    print(s)
    try:
        with RaisesInEnter():
            print("never")
    except ValueError as e:
        print("enter raised", e)
    try:
        with RaisesInExit():
            pass
    except RuntimeError as e:
        print("exit raised", e, e.__context__)
    try:
        with RaisesInExit():
            raise KeyError("body")
    except RuntimeError as e:
        print("exit raised", e, repr(e.__context__))
    with Locals() as v:
        print("value", v)
        raise TypeError("t")


user()


# recursion: with statements near the limit
def deep(n):
    with Plain():
        if n:
            return deep(n - 1)
        return sys._getframe().f_back.f_code.co_name


Plain.log = []
print(deep(50), len(Plain.log))
sys.setrecursionlimit(60)


def until_error(n):
    with Plain():
        return until_error(n + 1)


Plain.log = []
try:
    until_error(0)
except RecursionError as e:
    print("RecursionError", e, len(Plain.log))
sys.setrecursionlimit(1000)


# a traceback through __exit__ that raised
class Bad:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        return 1 / 0


def use_bad():
    with Bad():
        pass


try:
    use_bad()
except ZeroDivisionError:
    import traceback
    traceback.print_exc(file=sys.stdout)
