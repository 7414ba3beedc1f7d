for byte in func.__code__.co_code:
    print(byte, end=' ')
