import random

# Many draws per seed: any misstep in the draw order or a last-bit
# difference in a float function shows up here.
r = random.Random()
for seed in range(12):
    r.seed(seed)
    out = []
    out.append(r.random())
    out.extend(r.gauss(0, 1) for _ in range(5))
    out.extend(r.normalvariate(1, 2) for _ in range(5))
    out.extend(r.lognormvariate(0, 0.5) for _ in range(3))
    out.extend(r.expovariate(0.3) for _ in range(3))
    out.extend(r.vonmisesvariate(0.5, k) for k in (0.1, 1, 10))
    out.extend(r.gammavariate(a, 1.5) for a in (0.2, 0.9, 1.0, 1.5, 7))
    out.extend(r.betavariate(a, b) for a, b in ((0.3, 0.3), (2, 5), (10, 1)))
    out.extend(r.paretovariate(a) for a in (0.5, 2))
    out.extend(r.weibullvariate(a, b) for a, b in ((1, 0.5), (2, 3)))
    out.extend(r.triangular(1, 3, m) for m in (1, 2, 3))
    out.extend(r.uniform(-1, 1) for _ in range(3))
    print(seed, ' '.join(repr(x) for x in out))
    print(seed, r.sample(range(50), 7), r.sample(range(500), 7), r.sample(list('abcdefghijklmnopqrstuvwxyz'), 6))
    print(seed, r.randrange(2**70), r.randrange(-(10**30), 10**30, 17), r.getrandbits(65))
    print(seed, r.choices(range(5), [0.1, 0.2, 0.3, 0.2, 0.2], k=8))
print(sum(random.Random(1234).random() for _ in range(1000)))
