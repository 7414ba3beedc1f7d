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

# __index__ results used as indices: a bool or an int subclass counts as
# its value (3.7 warns, silenced here), a big int does not fit, others fail.
import warnings
warnings.simplefilter("ignore")
seq = [10, 11, 12, 13, 14, 15]
for r in (3, D(4), True, False, D(-1), 2**70, "x", 1.5):
    for what, get in (("list", lambda i: seq[i]), ("range", lambda i: range(10, 16)[i]),
                      ("str", lambda i: "abcdef"[i]), ("index", lambda i: [0] * 0 + [__import__("operator").index(i)])):
        try:
            print(what, repr(r), get(Idx(r)))
        except Exception as e:
            print(what, repr(r), type(e).__name__, e)
