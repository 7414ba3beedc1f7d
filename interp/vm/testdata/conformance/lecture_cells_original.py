import dis
def f():
    return 100
for byte in f.__code__.co_code:
    print(byte, end=' ')
print()
def g(a):
    return a + 1
for op, arg in zip(g.__code__.co_code[::2], g.__code__.co_code[1::2]):
    print(dis.opname[op], arg, end=' ')
print()
