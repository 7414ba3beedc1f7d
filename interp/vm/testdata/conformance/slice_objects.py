s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4))
class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None])
print(slice(1, 2) == slice(1, 2), repr(slice(None, None, None)))
