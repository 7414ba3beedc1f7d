for i, byte in enumerate(func.__code__.co_code):
    if i % 2 == 0:
        byte = dis.opname[byte]
    print(byte, end=' ')
