data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[0], reverse=True))
print(sorted(data))
words = "The quick Brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
import random
random.seed(7)
xs = [random.randrange(1000) for _ in range(200)]
ys = sorted(xs)
print(ys[:10], ys[-5:], all(ys[i] <= ys[i + 1] for i in range(len(ys) - 1)))
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
