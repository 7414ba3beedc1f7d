# Random add/discard/pop/|= traces over int sets of many sizes: the
# iteration order must be 3.7's exactly (probe sequence, dummy reuse).
import random
random.seed(7)
out = []
for trial in range(100):
    s = set()
    n = random.choice([5, 20, 60, 300, 2000])
    span = random.choice([n, 3 * n, 50 * n])
    for _ in range(n * 3):
        k = random.randrange(-span, span)
        r = random.random()
        if r < 0.55:
            s.add(k)
        elif r < 0.9:
            s.discard(k)
        elif r < 0.95 and s:
            s.pop()
        else:
            s |= {k, k + 1}
    out.append(hash(tuple(s)))
print(out[:5], hash(tuple(out)))
