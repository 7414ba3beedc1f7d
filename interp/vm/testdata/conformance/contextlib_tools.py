import contextlib
@contextlib.contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name
    finally:
        print("</%s>" % name)
with tag("b") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("x")
except ValueError:
    print("raised through")
with contextlib.suppress(KeyError, IndexError):
    {}["k"]
print("suppressed")
@contextlib.contextmanager
def catcher():
    try:
        yield
    except ZeroDivisionError as e:
        print("caught in cm:", e)
with catcher():
    1 / 0
print("after catcher")
@tag("deco")
def decorated():
    print("in decorated")
decorated()
