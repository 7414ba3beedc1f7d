try:
    x = [0] * 10 ** 12
except MemoryError as e:
    print("MemoryError", repr(e), e.args)
try:
    s = "ab" * 10 ** 12
except MemoryError as e:
    print("MemoryError for str")
try:
    [0] * 10 ** 20
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print(issubclass(MemoryError, Exception))
