import struct
for f,v in [('<I',2**32),('I',2**32),('<L',2**32),('L',2**64),('<h',-40000),('<q',-2**63-1),('<e',float('nan')),('<e',-float('inf')),('<e',65519.0),('<e',65520.0),('<e',1e-8),('<e',6e-8),('<e',-0.0), ('<e', 0.1),('>d',1.5),('<f', float('nan')),('5s', b'ab'),('2p', b'abc'),('5p', b'ab'),('0s', b'x'),('3x', ()),('?',2),('bxh',(1,2)),('@bh',(1,2)),('=bh',(1,2)),('ci',(b'a',1)), ('P', 2**64-1), ('2c', (b'a', b'b')), ('3e', (1.0, 2.0, 3.0)), ('Q', (1<<64) - 1)]:
    try:
        print(f, v, struct.pack(f, *v) if isinstance(v, tuple) else struct.pack(f, v))
    except Exception as e:
        print(f, v, type(e).__name__, e)
