from operator import itemgetter, attrgetter, methodcaller
recs = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print(sorted(recs, key=itemgetter("a", "n")))
class P:
    def __init__(self, n, a):
        self.n, self.a = n, a
    def __repr__(self):
        return self.n
    def score(self, k):
        return self.a * k
ps = [P("x", 3), P("y", 1), P("z", 2)]
print(sorted(ps, key=attrgetter("a")), max(ps, key=attrgetter("n")), [methodcaller("score", 10)(p) for p in ps])
print(list(map(itemgetter(1), [(1, 2), (3, 4)])), itemgetter(slice(1, None))("abc"), repr(itemgetter(1)))
