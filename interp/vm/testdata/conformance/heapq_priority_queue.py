import heapq
import itertools
pq = []
counter = itertools.count()
def push(task, pri):
    heapq.heappush(pq, (pri, next(counter), task))
for t, p in [("write", 2), ("test", 1), ("deploy", 3), ("review", 1), ("rest", 5)]:
    push(t, p)
print([heapq.heappop(pq)[2] for _ in range(len(pq))])
def kth_smallest(xs, k):
    return heapq.nsmallest(k, xs)[-1]
print(kth_smallest([7, 10, 4, 3, 20, 15], 3), heapq.nlargest(3, range(100), key=lambda v: v % 17))
h = list(range(20, 0, -1)); heapq.heapify(h)
print(h[:5], [heapq.heappop(h) for _ in range(5)])
