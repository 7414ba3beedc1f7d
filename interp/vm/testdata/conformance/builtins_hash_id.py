print(hash(0), hash(1), hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)))
print(hash(0.0), hash(1.5), hash(-0.5), hash(1e300), hash(float("inf")), hash(float("-inf")), hash(float("nan")))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash(frozenset()), hash(frozenset([1, 2, 3])), hash(True), hash(1 + 2j), hash(3j))
print(hash(b"") == 0, hash("") == 0)
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
