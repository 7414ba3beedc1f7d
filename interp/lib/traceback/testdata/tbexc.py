import sys
import traceback

def f(n):
    if n:
        return f(n - 1)
    raise ValueError("deep %d" % n)


try:
    f(2)
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.stack).__name__, len(te.stack), te.exc_type, str(te))
    print(''.join(te.format()), end="")
    print(list(te.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__, limit=1)
    print(''.join(te2.format()), end="")
    print(te.__cause__, te.__context__, te.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError(3)
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__context__.exc_type)
    for line in te.format():
        print(repr(line))
    for line in te.format(chain=False):
        print(repr(line))

try:
    compile("x = (1,\n  2 +)\n", "snippet.py", "exec")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(SyntaxError, e)), end="")
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, repr(te.text), te.offset, te.msg)

try:
    compile("if x:\n\tfoo bar\n", "tabs.py", "exec")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(SyntaxError, e)), end="")

try:
    exec("def g(:\n  pass")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(type(e), e)), end="")

class Bad(Exception):
    def __str__(self):
        raise RuntimeError

try:
    raise Bad()
except Bad as e:
    print(traceback.format_exception_only(Bad, e))

stack = traceback.StackSummary.extract(traceback.walk_stack(None), limit=2)
print(len(stack), [type(s).__name__ for s in stack])
s = traceback.StackSummary.from_list([('a.py', 1, 'f', 'pass')])
print(s, s.format())
print(traceback.extract_tb(None))
traceback.print_exception(None, ValueError("no tb"), None, file=sys.stdout)

def cap():
    x = 42
    name = 'n'
    return traceback.StackSummary.extract(traceback.walk_stack(None), limit=1, capture_locals=True)
st = cap()
print(st[0].locals)
print(''.join(st.format()), end="")

sys.tracebacklimit = 1
try:
    f(3)
except ValueError:
    print(traceback.format_exc(), end="")
del sys.tracebacklimit

def cap2():
    return traceback.StackSummary.extract(traceback.walk_stack(None))
print([f.name for f in cap2()])
def cap3():
    return traceback.StackSummary.extract(traceback.walk_stack(None), limit=-1)
print([f.name for f in cap3()])
