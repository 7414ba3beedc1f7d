print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [1, [2]] == [1, [2]], [1] != [1.0], [3] > [2, 9])
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
a = [1]; a.append(a); print(a)
print(list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
