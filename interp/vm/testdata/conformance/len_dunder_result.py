# What len() and bool() make of a __len__ result: PyNumber_Index first
# (int subclasses count as their value, __index__ is called), then the
# sign, then the size.


class D(int):
    pass


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def sized(result):
    class S:
        def __len__(self):
            return result
    return S()


cases = [3, 0, True, False, D(5), D(-1), Idx(4), Idx(-2), Idx(2**70), Idx("x"),
         2**62, 2**63 - 1, 2**63, 2**70, -2**70, -1, 1.5, "3", None]
for r in cases:
    for f in (len, bool):
        try:
            print(f.__name__, repr(r) if not isinstance(r, Idx) else "Idx", f(sized(r)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
