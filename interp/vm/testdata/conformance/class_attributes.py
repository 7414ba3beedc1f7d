class Counter:
    count = 0
    items = []
    def __init__(self):
        Counter.count += 1
        self.items.append(self.count)
a, b = Counter(), Counter()
print(Counter.count, a.count, b.items, a.items is Counter.items)
a.count = 100
print(a.count, b.count, Counter.count, "count" in vars(a), sorted(vars(a)))
del a.count
print(a.count)
Counter.extra = "added"
print(b.extra, getattr(Counter, "extra"), hasattr(b, "nope"))
setattr(b, "z", 5); print(b.z, b.__dict__)
delattr(b, "z"); print(b.__dict__)
class K:
    def m(self):
        return self
k = K()
print(k.m() is k, K.m(k) is k, type(K.m).__name__, type(k.m).__name__, k.m.__self__ is k, k.m.__func__ is K.m)
print(k.m == k.m, k.m is k.m)
