class Grid:
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        print("get", k)
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print("set", k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
    def __iter__(self):
        return iter(sorted(self.d))
    def __reversed__(self):
        return iter(sorted(self.d, reverse=True))
g = Grid()
g[1, 2] = 5; g[0, 0] = 1
print(g[1, 2], (1, 2) in g, (9, 9) in g, len(g), list(g), list(reversed(g)), bool(g))
g[0, 0] += 10
del g[1, 2]
print(list(g), g[5, 6])
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), [x for x in Seq()])
class Missing(dict):
    def __missing__(self, k):
        return k * 2
print(Missing(a=1)["a"], Missing()["zz"])
