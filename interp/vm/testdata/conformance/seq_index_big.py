# Indexing range, list, tuple and str with ints past int64, int
# subclasses, bools and non-ints: each type's own IndexError/TypeError.
class D(int): pass
for k in (2**70, -2**70, D(2**70), "a", 1.5, None, True, D(3)):
    for seq in (range(10), [1,2,3,4], (1,2,3,4), "abcd"):
        try:
            print(type(seq).__name__, seq[k])
        except Exception as e:
            print(type(seq).__name__, type(e).__name__, e)
