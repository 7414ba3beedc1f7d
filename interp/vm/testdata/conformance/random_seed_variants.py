import random
for s in [0, 1, 12345, 2 ** 40, -7, "hello", b"bytes", 3.5]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(0, 10 ** 12))
r = random.Random(99)
print(r.random(), r.choice([1, 2, 3]), r.randrange(1000))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
