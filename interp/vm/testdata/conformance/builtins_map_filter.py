print(list(map(int, "123")), list(map(lambda x, y: x * y, range(5), range(5, 0, -1))), list(map(str.upper, ["a"])))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(lambda x: x, [0, None, [], [0]])))
m = map(lambda x: 1 / x, [1, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("lazy error", e)
print(list(map(len, ["", "ab", "abc"])), sum(map(int, "12345")))
