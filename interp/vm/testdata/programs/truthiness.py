vals = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1), b"", b"\x00"]
print([bool(v) for v in vals])
class T:
    def __bool__(self): return False
class L:
    def __len__(self): return 0
class N: pass
print(bool(T()), bool(L()), bool(N()), not T(), "yes" if L() else "no")
x = [] or {} or 0 or "last"
print(x, 0 and 1, 1 and 0, [] and 1, None or None)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log) or side(2, log)
print(r, log)
