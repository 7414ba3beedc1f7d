e = KeyError("k", 1)
print(e.args, str(e), repr(e))
print(str(KeyError("only")), repr(str(KeyError(""))))
s = StopIteration(5); print(s.value, s.args)
x = SystemExit(3); print(x.code, x.args)
o = OSError(2, "No such file"); print(o.errno, o.strerror, str(o), o.args, type(o).__name__)
f = OSError(2, "No such file", "x.txt"); print(str(f), f.filename, type(FileNotFoundError(2, "m")).__name__)
se = SyntaxError("msg", ("f.py", 3, 4, "bad line\n")); print(se.msg, se.filename, se.lineno, se.offset, se.text, str(se))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"); print(u, u.start, u.reason)
ie = ImportError("no mod", name="m"); print(ie.name, ie.msg, str(ie))
class MyE(Exception):
    def __str__(self):
        return "custom str"
print(str(MyE()), repr(MyE(1)), MyE(1).args)
e2 = ValueError(); e2.args = ("changed",); print(e2)
e3 = Exception(); e3.note = 5; print(e3.note)
try:
    raise ValueError("with tb")
except ValueError as err:
    print(err.with_traceback(None) is err)
