import io
buf = io.StringIO()
for i in range(3):
    buf.write("line %d\n" % i)
print(buf.tell(), repr(buf.getvalue()))
buf.seek(0)
for line in buf:
    print(line.rstrip())
buf.seek(5); print(repr(buf.read(4)))
w = io.StringIO("start")
w.seek(0, 2); w.write("-end"); print(w.getvalue())
print(io.StringIO("a\r\nb").readlines(), io.StringIO("x").readable(), io.StringIO().writable(), io.StringIO().seekable())
s = io.StringIO(); s.writelines(["a", "b\n", "c"]); print(repr(s.getvalue()))
