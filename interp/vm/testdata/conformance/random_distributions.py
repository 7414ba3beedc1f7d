import random
random.seed(2024)
print([round(random.expovariate(1.5), 12) for _ in range(3)])
print([random.triangular(0, 10, 3) for _ in range(2)])
print(random.normalvariate(0, 1), random.lognormvariate(0, 1), random.betavariate(2, 3), random.gammavariate(2, 1))
print(random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2))
print(random.choices("abc", k=5), random.choices(range(5), weights=[5, 1, 1, 1, 1], k=6), random.choices("xy", cum_weights=[1, 10], k=4))
