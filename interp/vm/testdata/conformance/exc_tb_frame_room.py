# Traceback entries and frame objects made for frames an exception
# leaves: the caller's entry shares the callee's record, the locals are
# those at the time the frame ended, and re-raising, chaining and
# catching in between see the same objects.
import sys
import traceback


def leaf0():
    raise KeyError("zero locals")


def leaf2(a, b):
    c = a + b
    raise ValueError(c)


def leaf4(a, b, c, d):
    e = [a, b, c, d]
    raise IndexError(len(e))


def leaf7(a, b, c, d, e, f, g):
    h = a
    raise TypeError(h)


def leaf12(*args):
    a, b, c, d, e, f, g, h, i, j, k = range(11)
    raise RuntimeError(args)


def mid(fn, *args):
    x = "mid local"
    return fn(*args)


def top(fn, *args):
    y = 42
    return mid(fn, *args)


def show(tb):
    out = []
    while tb is not None:
        fr = tb.tb_frame
        if fr.f_code.co_name == "<module>":
            loc = {}
        else:
            loc = {k: v for k, v in fr.f_locals.items() if k not in ("fn", "me")}
        out.append((fr.f_code.co_name, tb.tb_lineno, fr.f_lineno, tb.tb_lasti == fr.f_lasti, sorted(loc.items(), key=repr)))
        tb = tb.tb_next
    return out


for leaf, args in [(leaf0, ()), (leaf2, (1, 2)), (leaf4, (1, 2, 3, 4)), (leaf7, tuple(range(7))), (leaf12, (9,))]:
    try:
        top(leaf, *args)
    except Exception as e:
        tb = e.__traceback__
        for row in show(tb):
            print(row)
        print(type(e).__name__, e.args)
        # frames link back to the caller's frame object
        frames = []
        t = tb
        while t is not None:
            frames.append(t.tb_frame)
            t = t.tb_next
        print([f.f_back is p for f, p in zip(frames[1:], frames)])
        print(frames[0] is sys._getframe())
        traceback.print_exception(type(e), e, tb, file=sys.stdout)


# the same exception raised again from a handler-less frame: each pass
# adds fresh entries, the old traceback is left as it was
def thrower(e):
    z = "thrower"
    raise e


saved = ValueError("again")
tbs = []
for i in range(3):
    try:
        top(thrower, saved)
    except ValueError as e:
        tbs.append(e.__traceback__)
        n = 0
        t = e.__traceback__
        while t is not None:
            n += 1
            t = t.tb_next
        print("pass", i, n, e is saved)
print([len(show(t)) for t in tbs], tbs[0] is tbs[1])
print([t.tb_frame.f_code.co_name for t in tbs])


# caught in a frame that has a handler: no room for the caller is made,
# but a re-raise from the handler goes on to the caller
def catcher():
    w = 1
    try:
        leaf2(5, 6)
    except ValueError:
        w = 2
        raise


def finalizer():
    q = "fin"
    try:
        leaf2(7, 8)
    finally:
        q = "after"


for fn in (catcher, finalizer):
    try:
        fn()
    except ValueError as e:
        for row in show(e.__traceback__):
            print(row)


# with blocks: __exit__ sees the traceback that names the leaf frame
class CM:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__, [r[0] for r in show(tb)])
        return typ is KeyError


def in_with():
    v = "with"
    with CM():
        leaf0()
    return "suppressed"


print(in_with())


# chaining: the context of a new exception raised while handling one
def chained():
    try:
        leaf2(1, 1)
    except ValueError:
        leaf4(1, 2, 3, 4)


try:
    chained()
except IndexError as e:
    print(type(e.__context__).__name__, [r[0] for r in show(e.__traceback__)])
    print([r[0] for r in show(e.__context__.__traceback__)])
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)


def caused():
    try:
        leaf0()
    except KeyError as k:
        raise RuntimeError("wrapped") from k


try:
    top(caused)
except RuntimeError as e:
    print(e.__cause__.args, e.__suppress_context__, [r[0] for r in show(e.__traceback__)])


# generators: an exception escaping a generator, and through one
def gen():
    g = "gen local"
    yield 1
    leaf2(2, 3)


def through():
    for v in gen():
        pass


try:
    through()
except ValueError as e:
    for row in show(e.__traceback__):
        print(row)


# sys.exc_info while the exception passes a finally in a caller
def fin_caller():
    try:
        top(leaf0)
    finally:
        info = sys.exc_info()
        print("finally sees", info[0].__name__, [r[0] for r in show(info[2])])


try:
    fin_caller()
except KeyError as e:
    print([r[0] for r in show(e.__traceback__)])


# a frame object taken before the raise is the one the traceback names
def takes_frame():
    me = sys._getframe()
    k = 3
    try:
        raise OSError(k)
    except OSError as e:
        return me, e


me, e = takes_frame()
print(e.__traceback__.tb_frame is me, sorted(me.f_locals))

# recursion: many frames leaving, each with its own record
def down(n):
    if n == 0:
        raise LookupError("bottom")
    return down(n - 1)


try:
    down(30)
except LookupError as e:
    rows = show(e.__traceback__)
    print(len(rows), rows[1], rows[-1])


# a frame's object outlives it: f_lineno and f_lasti are where it ended
def ends(a):
    ends.fr = sys._getframe()
    if a == 1:
        return 5
    if a == 2:
        raise KeyError(a)
    try:
        return a
    finally:
        a = 9


for a in (0, 1, 2):
    try:
        ends(a)
    except KeyError:
        pass
    print(a, ends.fr.f_lineno, ends.fr.f_lasti, sorted(ends.fr.f_locals.items()))
