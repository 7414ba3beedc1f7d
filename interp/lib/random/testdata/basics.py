import random

for s in [0, 1, 42, -7, 2**32, 2**100 + 12345, 123456789012345678901234567890, "hello", b"bytes", "", 3.5, None]:
    random.seed(s)
    if s is None:
        continue
    print(repr(s), random.random(), random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))

random.seed(bytearray(b"xy"))
print(random.random())

for s in [1, 7, 99]:
    random.seed(s)
    print([random.randrange(10) for _ in range(10)])
    print([random.randrange(3, 1000, 7) for _ in range(5)], random.randrange(-5, 5), random.randrange(100, 0, -3))
    print([random.randint(1, 6) for _ in range(10)], random.randint(-10**20, 10**20))
    print(random.choice("abcdefg"), random.choice([1, 2, 3]), random.choice(range(1000)))
    print(random.choices("abc", k=5), random.choices(range(10), weights=[1]*10, k=4), random.choices("xyz", cum_weights=[1, 5, 10], k=6))
    x = list(range(20)); random.shuffle(x); print(x)
    y = list(range(10)); random.shuffle(y, random.random); print(y)
    print(random.sample(range(100), 10))
    print(random.sample(range(10000), 10), random.sample(range(30), 25))
    print(sorted(random.sample({1, 2, 3, 4, 5}, 3)), random.sample("abcdefghij", 4))
    print(random.sample(range(10**9), 60)[-3:])
    print(random.uniform(1, 10), random.triangular(), random.triangular(0, 10, 3), random.triangular(2, 2))
    print(random.gauss(0, 1), random.gauss(0, 1), random.gauss(5, 2))
    print(random.normalvariate(0, 1), random.lognormvariate(0, 1), random.expovariate(1.5))
    print(random.betavariate(2, 3), random.betavariate(0.5, 0.5))
    print(random.gammavariate(0.5, 1), random.gammavariate(1.0, 2), random.gammavariate(3, 2))
    print(random.vonmisesvariate(1, 4), random.vonmisesvariate(1, 0))
    print(random.paretovariate(3), random.weibullvariate(1, 2))

r = random.Random(5)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[1][-1], st[2])
r.gauss(0, 1)
st = r.getstate()
print(st[2] is not None)
r2 = random.Random()
r2.setstate(st)
print(r.gauss(0, 1) == r2.gauss(0, 1))
print(random.Random(3).random() == random.Random(3).random())
print(r.getrandbits(64) >= 0)

class MyRandom(random.Random):
    def random(self):
        return 0.37

m = MyRandom(1)
print(m.randrange(100), m.choice("abcdef"), m.randint(1, 1000))

for bad in [lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1.5),
            lambda: random.randrange(0, 10, 0), lambda: random.randrange(0, 2.5), lambda: random.randrange(0, 10, 1.5),
            lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.sample({1: 2}, 1),
            lambda: random.getrandbits(0), lambda: random.getrandbits(-1), lambda: random.gammavariate(0, 1),
            lambda: random.choices("ab", [1], k=2), lambda: random.choices("ab", [1, 2], cum_weights=[1, 2]),
            lambda: random.Random().setstate((9, (), None)), lambda: random.Random().setstate((3, (1, 2), None)),
            lambda: random.Random().setstate((3, [1], None)), lambda: random.getrandbits(1.5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

sr = random.SystemRandom()
x = sr.random()
print(0 <= x < 1, 0 <= sr.randrange(10) < 10, sr.getrandbits(70) < 2**70)
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)
