# Constructor argument checks of bytes/bytearray (encoding, errors),
# super() and the UnicodeError subclasses, with 3.7's messages.
tests = ["bytes([1, 2], [3])", "bytes('a', 'ascii', 3)", "bytes([1], 'ascii')", "bytes(3, errors='strict')", "bytes('a', errors='strict')",
 "bytes('é', 'latin-1')", "bytes('é', 'ascii')", "bytes('é', 'ascii', 'ignore')", "bytes('é', 'utf-8')", "bytearray('é', 'latin-1')", "bytearray([1], 'ascii')", "bytes('a', 'nope')", "bytearray('a', [3])",
 "super(1)", "super(int, 1, 2)", "super(x=1)",
 "UnicodeDecodeError('a', 'b')", "UnicodeDecodeError(1, b'x', 0, 1, 'r')", "UnicodeDecodeError('u', 'x', 0, 1, 'r')",
 "UnicodeDecodeError('u', b'x', 'a', 1, 'r')", "UnicodeDecodeError('u', b'x', 0, 1, 2)", "UnicodeDecodeError('u', bytearray(b'x'), 0, 1, 'r').object",
 "UnicodeEncodeError('a')", "UnicodeEncodeError('u', b'x', 0, 1, 'r')", "UnicodeEncodeError('u', 'x', 0, 1.5, 'r')", "str(UnicodeEncodeError('u', 'x', 0, 1, 'r'))",
 "UnicodeDecodeError('u', b'x', 0, 1, 'r', x=1)", "UnicodeTranslateError('x', 0, 1, 'r').args", "UnicodeTranslateError('x')", "UnicodeError(1, 2).args"]
for t in tests:
    try:
        print(t, "->", repr(eval(t)))
    except Exception as e:
        print(t, "!!", type(e).__name__, e)


class MyDecodeError(UnicodeDecodeError):
    def __init__(self, why):
        super().__init__("utf-8", b"\xff", 0, 1, why)


e = MyDecodeError("broken")
print(e.reason, e.object, e.start, e.end, str(e))
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as err:
    print(err.encoding, err.object, err.start, err.end, err.reason)
