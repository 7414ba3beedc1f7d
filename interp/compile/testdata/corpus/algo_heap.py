import heapq


class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if self.items[parent] <= self.items[i]:
                break
            self.items[parent], self.items[i] = self.items[i], self.items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i, n = 0, len(items)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            m = i
            if l < n and items[l] < items[m]:
                m = l
            if r < n and items[r] < items[m]:
                m = r
            if m == i:
                return top
            items[i], items[m] = items[m], items[i]
            i = m

    def __len__(self):
        return len(self.items)


h = MinHeap()
for x in [5, 3, 8, 1]:
    h.push(x)
print([h.pop() for _ in range(len(h))], heapq.nsmallest(2, [4, 2, 3]))
