m = memoryview(bytearray(b"hello world"))
print(len(m), m[0], m[-1], bytes(m[6:]), m[::3].tolist(), m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.readonly)
m[0:5] = b"HELLO"
print(m.obj, bytearray(m), list(m[:2]), 104 in m, 72 in m)
print(m == b"HELLO world", m == bytearray(b"x"), m != m, memoryview(b"ab") == memoryview(b"ab"))
try:
    memoryview("str")
except TypeError as e:
    print(e)
try:
    m[0] = 256
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(e)
with memoryview(b"abc") as v:
    print(v.tobytes(), v.hex())
print(v.released if hasattr(v, "released") else "?")
try:
    v[0]
except ValueError as e:
    print(e)
try:
    hash(m)
except ValueError as e:
    print(e)
print(b"-".join([memoryview(b"a"), b"b"]))
