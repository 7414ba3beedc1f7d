class Count:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), next(Count(1)), next(iter(Count(0)), "default"))
for a, b in zip(Count(5), "xyz"):
    print(a, b)
it = iter([1, 2])
print(next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print(e)
sentinel_iter = iter(Count(10).__next__, 4)
print(list(sentinel_iter))
