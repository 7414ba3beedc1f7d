import io
s = io.StringIO()
s.write("hello\n"); s.write("world")
print(repr(s.getvalue()), s.tell())
s.seek(0); print(repr(s.read(3)), repr(s.readline()), repr(s.read()))
r = io.StringIO("a\nb\nc\n")
print(r.readlines(), list(io.StringIO("x\ny")), repr(io.StringIO("q").read()))
print("via print", file=s)
print(repr(s.getvalue()))
t = io.StringIO("abc"); t.seek(1); t.truncate(); print(repr(t.getvalue()), t.closed)
t.close(); print(t.closed)
try:
    t.read()
except ValueError as e:
    print(e)
with io.StringIO("ctx") as c:
    print(c.read())
