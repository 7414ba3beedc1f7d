# A property setter run as an inline frame inside a function's loop: its
# result is dropped and the loop's iterator must still be on the stack.


class R:
    def __init__(self, w):
        self._w = w

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, v):
        self._w = v


class S(R):
    __slots__ = ("log",)

    def __init__(self, w):
        super().__init__(w)
        self.log = []

    @R.w.setter
    def w(self, v):
        self.log.append(v)
        R.w.fset(self, v)


def main():
    r = R(3)
    s = S(1)
    for i in range(5):
        r.w = (r.w % 9) + 1
        for j in (1, 2):
            s.w = s.w + j
    print(r.w, s.w, s.log)
    total = 0
    while total < 10:
        r.w = total
        total += 3
    print(r.w, total)


main()
