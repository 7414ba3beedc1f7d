import random
r = random.Random(123)
print(r.random(), r.randint(1, 6), r.uniform(-1, 1), r.choice(["x", "y", "z"]), r.gauss(10, 3), r.randrange(100, 200, 7))
l = list("abcdefghij"); r.shuffle(l); print(l)
print(r.sample(range(50), 6), r.getrandbits(33), r.triangular(), r.choices([1, 2, 3], k=4))
r2 = random.Random(); r2.seed(123)
print(r2.random())
random.seed(123)
print(random.random())
