import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 14, 2.5]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 2), bisect.bisect_right(a, 8, hi=6), bisect.bisect_right(a, 8, lo=3, hi=-1))
print(bisect.bisect_left(a, x=5, lo=1), bisect.bisect_right(hi=4, x=2, a=a))
print(bisect.bisect_left('abcdef', 'd'), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left(range(0, 100, 3), 50))
print(bisect.bisect_left([], 1, 5), bisect.bisect_right([1, 2], 1, hi=-5), bisect.bisect_left([1, 2], 1, lo=1, hi=1))
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right, bisect.bisect.__name__, bisect.insort.__name__)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 0, 0, 0)
bisect.insort(b, 100, lo=2)
print(b)

class Item:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return '%d%s' % (self.k, self.tag)
items = []
for i, k in enumerate([3, 1, 3, 2, 1, 3]):
    bisect.insort_right(items, Item(k, 'r%d' % i))
    bisect.insort_left(items, Item(k, 'l%d' % i))
print(items)

class Seq:
    def __init__(self): self.data = []
    def __len__(self): return len(self.data)
    def __getitem__(self, i): return self.data[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.data.insert(i, x)
s = Seq()
for x in [3, 1, 2]:
    bisect.insort(s, x)
print(s.data)

grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])

def show(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)
show(bisect.bisect_left, [1, 2], 1, 0, None)
show(bisect.bisect_left, [1, 2], 1, -1)
show(bisect.bisect_left, [1, 2])
show(bisect.bisect_left, [1, 2], 1, 2, 3, 4)
show(bisect.bisect_left, [1, 2], 1, lo='a')
show(bisect.bisect_left, 3, 1)
show(bisect.insort, (1, 2), 1)
show(bisect.bisect_left, [1, 2], 1, hi=10)
show(bisect.bisect_left, [1, 2], 'a')
show(bisect.bisect_left, [1, 2], x=1, a=[1])
show(bisect.bisect_left, [1, 2], 1, 2.0)
show(bisect.bisect_left, [1, 2], 1, q=1)
show(bisect.bisect_left, [1, 2], 1, 10**30)
