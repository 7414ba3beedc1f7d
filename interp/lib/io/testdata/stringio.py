import io
from io import StringIO, BytesIO
s = StringIO()
print('hello', 'world', file=s)
print(1, 2, 3, sep='-', end='!\n', file=s)
s.write('tail')
print(repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read(3)), repr(s.read()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
for line in s:
    print('line', repr(line))
t = StringIO('a\nb\nc')
print(t.tell(), list(t), t.tell())
t.seek(0); t.write('XY'); print(repr(t.getvalue()))
t.seek(0, 2); t.write('!'); print(repr(t.getvalue()))
print(t.seek(1), repr(t.read(2)))
with StringIO('ctx') as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    c.read()
except ValueError as e:
    print('ValueError', e)
try:
    StringIO().write(5)
except TypeError as e:
    print('TypeError', e)
u = StringIO('abc'); u.truncate(1); print(repr(u.getvalue()), u.readable(), u.writable(), u.seekable())
print(repr(StringIO().read()), StringIO('x\ny').readline(1))
b = BytesIO(b'abc\ndef')
print(b.read(2), b.readline(), b.read(), b.getvalue())
b.write(b'XYZ'); print(b.getvalue(), b.tell())
b2 = BytesIO(); b2.write(b'12'); b2.write(bytearray(b'3')); print(b2.getvalue())
print(type(s).__name__, type(s).__module__, isinstance(s, io.StringIO))
import sys
old = sys.stdout
sys.stdout = StringIO()
print('swapped')
v = sys.stdout.getvalue()
sys.stdout = old
print('back', repr(v))
w = StringIO()
w.writelines(['a', 'b'])
print(w.getvalue())
