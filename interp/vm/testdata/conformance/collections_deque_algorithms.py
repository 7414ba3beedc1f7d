from collections import deque
def sliding_max(xs, k):
    dq, out = deque(), []
    for i, x in enumerate(xs):
        while dq and xs[dq[-1]] <= x:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.popleft()
        if i >= k - 1:
            out.append(xs[dq[0]])
    return out
print(sliding_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
last = deque(maxlen=3)
for line in ["a", "b", "c", "d", "e"]:
    last.append(line)
print(list(last))
d = deque("abcdef"); d.rotate(-2); print("".join(d), d[2], d[-2])
print(deque(reversed(range(5))), deque(range(3)) == deque([0, 1, 2]), deque([1, 2]) < deque([1, 3]))
