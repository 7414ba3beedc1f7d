import random
random.seed(7)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.sample(deck, 5))
print(sorted(random.sample(range(10 ** 6), 8)))
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(e)
try:
    random.choice([])
except IndexError as e:
    print(e)
print(random.randint(-5, 5), random.randrange(-10, -1, 3))
