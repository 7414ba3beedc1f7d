import heapq

state = 7
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2**31
    return state % n

for size in [0, 1, 2, 5, 10, 31, 100]:
    data = [rnd(50) for _ in range(size)]
    h = data[:]  # list(data) aliases data in the VM today (reported)
    heapq.heapify(h)
    print('heapify', h)
    h2 = []
    for x in data:
        heapq.heappush(h2, x)
    print('push', h2)
    out = [heapq.heappop(h2) for _ in range(len(h2))]
    print('pop', out == sorted(data), out[:5])
    if h:
        print('replace', heapq.heapreplace(h, 25), h)
        print('pushpop', heapq.heappushpop(h, 3), heapq.heappushpop(h, 99), h)

h = []
for w in 'the quick brown fox jumps over the lazy dog'.split():
    heapq.heappush(h, (len(w), w))
print(h)
print([heapq.heappop(h) for _ in range(3)], h)
print(heapq.heappushpop([], 5))
h = [5.5, 1, 3.25, True, 2]
heapq.heapify(h)
print(h)

data = [rnd(1000) for _ in range(60)]
for n in [-1, 0, 1, 3, 10, 59, 60, 100]:
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
    print(n, heapq.nsmallest(n, data, key=lambda x: x % 7), heapq.nlargest(n, iter(data), key=lambda x: -x % 13))
words = 'a bb cc d eee ff g hh iii j kk'.split()
print(heapq.nsmallest(4, words, key=len), heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge([7, 5, 3, 1], [8, 4, 2], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['horse', 'dog'], ['kangaroo', 'fish', 'cat'], key=len, reverse=True)))
print(list(heapq.merge()), list(heapq.merge([1, 2])), type(heapq.merge([1])).__name__)
print(heapq.__all__)

class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v > o.v
    def __repr__(self): return 'R%d' % self.v
h = [Rev(i) for i in range(8)]
heapq.heapify(h)
print(h, heapq.heappop(h))

def show(f, *a):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
show(heapq.heappop, [])
show(heapq.heapreplace, [], 1)
show(heapq.heappush, (), 1)
show(heapq.heapify, 'abc')
show(heapq.heappush, [1], 'x')
show(heapq.heappush, [1])
show(heapq.heapify)
show(heapq.heapify, [3, 'a', 1])
