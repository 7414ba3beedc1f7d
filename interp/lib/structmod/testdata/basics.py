import struct

print(struct.calcsize('i'), struct.calcsize('bi'), struct.calcsize('<bi'), struct.calcsize('ib'), struct.calcsize('bq'),
      struct.calcsize('l'), struct.calcsize('<l'), struct.calcsize('P'), struct.calcsize('3s2x?'), struct.calcsize('e'),
      struct.calcsize(''), struct.calcsize('@hd'), struct.calcsize('0i'), struct.calcsize(' i  h '), struct.calcsize(b'ii'))
for fmt, vals in [('<i', (1,)), ('>i', (1,)), ('!h', (-2,)), ('<hhl', (1, 2, 3)), ('bhi', (1, 2, 3)), ('<Q', (2**64 - 1,)),
                  ('>q', (-2**63,)), ('<d', (3.141592653589793,)), ('>f', (0.1,)), ('<e', (0.5,)), ('?', (True,)),
                  ('3s', (b'abcdef',)), ('c', (b'z',)), ('<I', (0xdeadbeef,)), ('>bB', (-1, 255)), ('10p', (b'hello',)),
                  ('<2h3x', (5, 6)), ('<n', (1,)) if False else ('<H', (65535,)), ('nN', (-5, 5))]:
    b = struct.pack(fmt, *vals)
    print(fmt, b, struct.unpack(fmt, b))
print(struct.unpack('<4B', b'\x01\x02\x03\x04'), struct.unpack('>I', bytearray(b'\x00\x00\x01\x00')))
print(struct.unpack('<d', memoryview(struct.pack('<d', -0.0))), struct.unpack('<f', struct.pack('<f', 1/3)))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'))
s = struct.Struct('<ih')
print(s.format, s.size, s.pack(7, -1), s.unpack(b'\x07\x00\x00\x00\xff\xff'))
print(list(s.iter_unpack(b'\x01\x00\x00\x00\x02\x00' * 3)))
buf = bytearray(10)
s.pack_into(buf, 2, 1, 2)
print(buf, s.unpack_from(buf, 2), struct.unpack_from('<h', buf, offset=6))
struct.pack_into('<h', buf, -2, 513)
print(buf)
print(struct.Struct(b'>H').format, struct.error.__module__, issubclass(struct.error, Exception))
for x in [1.0, -2.5, 1e-5, 65504.0, 0.333, 1e-7, 2.0**-24, 2.0**-25, 3 * 2.0**-26, 1.0009765625, 1.00048828125, 1.00146484375]:
    print(x, struct.pack('<e', x), struct.unpack('<e', struct.pack('<e', x))[0])
print(struct.pack('<f', 1e300 * 0) if False else struct.pack('f', 3.4028235e38), struct.pack('<f', 3.4028235e38))
print(struct.pack('>d', float('inf')), struct.pack('<d', float('-inf')), struct.unpack('>d', struct.pack('>d', 1e308)))
print(struct.pack('i', 3.0 .__int__()), struct.pack('d', 1), struct.pack('?', 0), struct.unpack('?', b'\x05'))
