class CountDown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(CountDown(5)), sum(CountDown(4)), max(CountDown(3)), sorted(CountDown(3)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 2
print(list(Range2(9)), 4 in Range2(9), 5 in Range2(9))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "stop"))
e = enumerate("abc")
print(next(e), list(e))
z = zip("ab", [1, 2, 3])
print(list(z), list(z))
m = map(str.upper, ["a", "b"])
print(list(m), list(m))
r = reversed([1, 2, 3])
print(next(r), list(r))
calls = iter(lambda: len(calls_list) and calls_list.pop(), 0)
calls_list = [1, 2, 3]
print(list(calls))
s = "hello"
it = iter(s)
print([c for c in it if c != "l"])
d = {"x": 1, "y": 2}
print(list(iter(d)), list(map(lambda kv: kv[0] * kv[1], d.items())))
print(list(filter(lambda x: x > 2, range(6))), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
