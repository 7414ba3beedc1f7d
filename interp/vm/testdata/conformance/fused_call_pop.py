# CALL_FUNCTION/CALL_METHOD followed by POP_TOP (superinstr.go): a call
# statement whose result is dropped, through every kind of callable,
# with errors, tracebacks and the recursion limit.
import sys


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


class Box:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return "ignored"


class MyList(list):
    def append(self, x):
        list.append(self, ("wrapped", x))


def statements():
    out = []
    s = set()
    b = Box()
    m = MyList()
    for i in range(3):
        out.append(i)
        s.add(i)
        b.add(i)
        m.append(i)
        len(out)
        print(i, end=" ")
        sorted(out)
    add = b.add
    add(9)
    bound = out.append
    bound(10)
    Box.add(b, 11)
    print()
    print(out, sorted(s), b.items, m)


statements()


def errors():
    out = []
    for f in [lambda: out.pop(), lambda: {}.pop("k"), lambda: int("x"),
              lambda: out.index(5), lambda: len(5), lambda: set().remove(1)]:
        try:
            f()
        except (IndexError, KeyError, ValueError, TypeError) as e:
            print(type(e).__name__, e, lines(sys.exc_info()[2]))


errors()


def deep(n):
    if not n:
        [].append(n)
        len([])
        return
    deep(n - 1)


try:
    deep(2000)
except RecursionError as e:
    print("RecursionError", e)


def raise_in_statement():
    d = {}
    d.pop("missing")


try:
    raise_in_statement()
except KeyError as e:
    print("KeyError", e, lines(sys.exc_info()[2]))
