ba = bytearray(b"hello")
ba[0] = 74; ba.append(33); ba.extend(b"??"); ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba[1:3], ba.find(b"l"))
del ba[0:2]; ba.insert(0, 65); ba.reverse(); print(ba)
print(bytearray(3), bytearray([1, 2]), bytearray("ab", "ascii"), ba.decode("ascii"), ba == bytes(ba))
try:
    ba.append(300)
except ValueError as e:
    print(e)
try:
    hash(ba)
except TypeError as e:
    print(e)
