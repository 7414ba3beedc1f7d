class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            if not (0 <= x < self.w and 0 <= y < self.h):
                raise IndexError("cell out of range")
            return self.cells.get(key, ".")
        if isinstance(key, slice):
            return [self[i, 0] for i in range(*key.indices(self.w))]
        raise TypeError("bad key %r" % (key,))
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return self.w * self.h
g = Grid(4, 2)
g[1, 0] = "#"
g[3, 1] = "@"
print(g[1, 0], g[0, 0], g[3, 1], len(g), g[0:3], g[::2])
del g[1, 0]
print(g[1, 0], g.cells)
try:
    g[9, 9]
except IndexError as e:
    print("IndexError:", e)
try:
    g["x"]
except TypeError as e:
    print("TypeError:", e)
class Squares:
    def __getitem__(self, i):
        if i > 5:
            raise IndexError
        return i * i
print(list(Squares()), 16 in Squares(), [x for x in Squares() if x % 2])
class Mapping:
    def __init__(self):
        self.d = {"a": 1}
    def keys(self):
        return self.d.keys()
    def __getitem__(self, k):
        return self.d[k]
print(dict(Mapping()), {**Mapping()})
