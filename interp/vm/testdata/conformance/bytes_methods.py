b = b"Hello, World"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.count(b"l"), b.index(b"W"), b.split(b", "), b.partition(b","), b.center(16, b"*"))
print(b.startswith(b"He"), b.isalpha(), b"123".isdigit(), b"  ".isspace(), b.hex(), b.rstrip(b"dl"), b.zfill(14), b.ljust(14, b"."))
print(bytes(range(5)), bytes(range(250, 256)), list(b"\x00\x7f\x80"), b"abc"[0:1], b"abc"[-1], b"a\tb".expandtabs(4), b"%5s|%-4d|" % (b"x", 7))
print(b"".join([b"a", bytearray(b"b")]), bytes.maketrans(b"ab", b"xy"), b"abba".translate(bytes.maketrans(b"ab", b"xy")), b"ab" < b"b")
