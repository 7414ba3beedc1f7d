import struct
tests = [('b',200),('B',-1),('h',70000),('H',-1),('i',2**31),('I',-1),('l',2**63),('L',-1),('q',2**63),('Q',-1),('n',2**63),('N',-1),
 ('<b',200),('<B',-1),('<h',70000),('<H',-1),('<i',2**31),('<I',-1),('<l',2**31),('<L',-1),('<q',2**63),('<Q',-1),('<Q', 2**64),
 ('b','x'),('i',1.5),('f','x'),('c',b'ab'),('c','a'),('s','a'),('?',[]),('e',1e10),('<e',70000.0),('f',1e300),('<f',1e300),('P',-1),('i',True)]
for f,v in tests:
    try:
        print(f, v, struct.pack(f, v))
    except Exception as e:
        print(f, v, type(e).__name__, e)
for call in ["struct.pack('i')","struct.pack('i',1,2)","struct.unpack('i',b'ab')","struct.calcsize('z')","struct.calcsize('<P')","struct.pack()","struct.unpack('ii', b'12345678123')","struct.calcsize('3')","struct.unpack_from('i', b'abc', 1)","struct.iter_unpack('i', b'abcde')", "struct.Struct(5)", "struct.pack_into('i', bytearray(2), 0, 1)"]:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
