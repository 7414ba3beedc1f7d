class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(9)), sum(Range2(100)), max(Range2(7)), sorted(Range2(5), reverse=True))
it = iter(Range2(5))
print(next(it), next(it), list(it))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
f = Fib()
for v in f:
    if v > 100:
        break
print(v, next(f))
print(list(zip(Range2(6), Fib())), dict(enumerate(Range2(5))))
