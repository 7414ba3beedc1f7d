print(bytes("abc", "ascii"), str(b"abc", "ascii"), "é".encode(), "é".encode("utf-16-le"), b"\xc3\xa9".decode(), list("hé".encode("utf-8")))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), "é".encode("ascii", "backslashreplace"), "é".encode("ascii", "xmlcharrefreplace"))
print(memoryview(b"abc")[1], bytes(memoryview(b"xy")), list(memoryview(b"ab")))
