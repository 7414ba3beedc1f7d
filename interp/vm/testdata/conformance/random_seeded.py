import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice("abcdefg"), random.choice(range(1000)))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3))
print(random.uniform(1, 10), random.gauss(0, 1), random.gauss(5, 2))
print(random.randrange(10), random.randrange(0, 100, 5), random.getrandbits(64), random.getrandbits(100))
