b = b"hello world"
print(b, b[0], b[1:3], list(b[:3]), b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), len(b))
print(bytes(3), bytes([65, 66]), bytes("é", "utf-8"), b"\x00\xff\n'", b'"', b"'\"", bytes.fromhex("de ad be ef"), b"ab".hex())
print(b"a" + b"b", b"ab" * 2, b"a" in b"cab", 97 in b"a", b"abc" < b"abd", b"x".decode(), b"%d" % 5)
print(b"  x ".strip(), b",".join([b"a", b"b"]), b"abc".startswith(b"a"), b"AbC".lower(), b"12".isdigit())
try:
    b[0] = 1
except TypeError as e:
    print(e)
try:
    b"a" + "b"
except TypeError as e:
    print(e)
try:
    bytes([256])
except ValueError as e:
    print(e)
