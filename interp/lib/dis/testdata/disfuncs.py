import dis
import sys

def nested():
    x = 1
    def inner(y):
        return x + y
    return inner(2)
dis.dis(nested)
print(nested())

def gen(n):
    yield from range(n)
    yield n
dis.dis(gen)
dis.dis(gen(3))

class A:
    x = 1
    def m(self, a, *args, k=2, **kw):
        return [i * a for i in args if i]
    @classmethod
    def c(cls):
        return cls
    @staticmethod
    def s():
        try:
            return 1
        finally:
            print('x')
    class Inner:
        def q(self):
            pass
dis.dis(A)
dis.dis(A().m)
dis.dis("a + b")
dis.dis("x = 1\nfor i in y: pass")
dis.dis(b'd\x00S\x00')
dis.dis(nested.__code__, depth=0)
dis.disassemble(nested.__code__)
dis.disco(nested.__code__, 4)
dis.show_code(nested)
print(dis.code_info(A.m))
print(dis.code_info("lambda: 0"))
b = dis.Bytecode(nested)
print(b.first_line, b.current_offset)
print(b.info())
print(b.dis())
b = dis.Bytecode(nested, first_line=1000, current_offset=6)
print(b.dis())
for i in b:
    print(i)
try:
    dis.dis(42)
except TypeError as e:
    print(e)
try:
    dis.code_info(42)
except TypeError as e:
    print(e)

class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
dis.dis(nested, file=w)
print(len(''.join(w.parts).splitlines()))

def fails():
    return 1 / 0
try:
    fails()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
dis.distb(tb)
print(dis.Bytecode.from_traceback(tb).dis())
try:
    dis.distb()
except RuntimeError as e:
    print(e)
