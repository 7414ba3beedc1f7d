def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
g = (x * 10 for x in noisy(3))
print("created")
print(next(g))
print(list(g))
try:
    (1 / x for x in [0])
    print("lazy: no error yet")
    list(1 / x for x in [0])
except ZeroDivisionError as e:
    print("now", e)
print(sum(x * x for x in range(1000)), any(x > 5 for x in noisy(10)))
