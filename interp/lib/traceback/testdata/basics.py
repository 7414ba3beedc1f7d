import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


class MyError(Exception):
    pass


try:
    outer(0)
except ZeroDivisionError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception(etype, value, tb))
    print(traceback.format_exception_only(etype, value))
    print(traceback.format_tb(tb))
    for fs in traceback.extract_tb(tb):
        print(fs, fs.filename, fs.lineno, fs.name, repr(fs.line))
        fname, line, name, text = fs
        print(fname, line, name, text, fs[1], fs == (fname, line, name, text))
    print(traceback.format_exc(limit=1), end="")
    print(traceback.format_exc(limit=-1), end="")
    print(traceback.format_exc(limit=0), end="")
    traceback.print_exception(etype, value, tb, limit=2, file=sys.stdout)
    traceback.print_tb(tb, file=sys.stdout)

print(repr(traceback.format_exc()))

try:
    raise MyError("custom")
except MyError as e:
    print(traceback.format_exc(), end="")
    print(traceback.format_exception_only(type(e), e))

try:
    raise KeyError('k')
except KeyError as e:
    print(traceback.format_exception_only(KeyError, e))

print(traceback.format_exception_only(ValueError, ValueError()))
print(traceback.format_exception_only(ValueError, None))

# chaining
def chained():
    try:
        {}['missing']
    except KeyError as e:
        raise ValueError("bad value") from e


try:
    chained()
except ValueError:
    traceback.print_exc(file=sys.stdout)
    print('--- no chain')
    traceback.print_exc(file=sys.stdout, chain=False)


def implicit():
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]


try:
    implicit()
except IndexError:
    print(traceback.format_exc(), end="")


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("t") from None


try:
    suppressed()
except TypeError:
    print(traceback.format_exc(), end="")

# the running stack
def a():
    return b()


def b():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack())
    st = traceback.extract_stack()
    print(type(st).__name__, [(f.name, f.lineno) for f in st])
    print(traceback.extract_stack(limit=1))
    return traceback.format_list(st)


print(a())
print(traceback.format_list([('file.py', 3, 'f', 'x = 1'), ('g.py', 4, 'g', None)]))

# recursion collapses repeated entries
def rec(n):
    if n == 0:
        raise RuntimeError("bottom")
    rec(n - 1)


for depth in (2, 3, 4, 5, 8):
    try:
        rec(depth)
    except RuntimeError:
        print(traceback.format_exc(), end="")

# exception raised from a method, with a multi-line statement
class K:
    def m(self):
        return (1 +
                None)


try:
    K().m()
except TypeError:
    traceback.print_exc(file=sys.stdout)

print(repr(traceback.FrameSummary('f.py', 1, 'g', line='  x  ')))
print(traceback.FrameSummary('f.py', 1, 'g', line='  x  ').line)

import linecache
print(repr(linecache.getline('basics.py', 1)), repr(linecache.getline('basics.py', 10**6)))
print(repr(linecache.getline('no/such/file.py', 1)), linecache.getlines('nofile'))
print(len(linecache.getlines('basics.py')) > 100)
linecache.clearcache(); linecache.checkcache()
