from collections import deque


class Window(deque):
    def __init__(self, items, size):
        super().__init__(items, maxlen=size)

    def total(self):
        return sum(self)


w = Window(range(10), 3)
print(w, w.total(), w.maxlen, type(w).__name__, isinstance(w, deque))
w.append(100)
print(w, w.total(), w == deque([8, 9, 100]))
d = deque([1, 2])
d.__init__([7])
print(d)
