import random
random.seed(0)
print([random.randint(0, 9) for _ in range(40)])
print([round(random.random(), 6) for _ in range(5)])
print(sum(random.random() for _ in range(10000)))
print([random.randrange(2 ** 70) for _ in range(3)])
print([random.choice("HT") for _ in range(30)])
