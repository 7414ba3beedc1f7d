class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h

    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y

    def __len__(self):
        return self.w * self.h

    def __contains__(self, p):
        x, y = p
        return 0 <= x < self.w and 0 <= y < self.h

    def __getitem__(self, i):
        if not 0 <= i < len(self):
            raise IndexError(i)
        return divmod(i, self.w)[::-1]


print(list(Countdown(3)), list(Range2D(2, 2)), (1, 1) in Range2D(2, 2), Range2D(3, 2)[4])
