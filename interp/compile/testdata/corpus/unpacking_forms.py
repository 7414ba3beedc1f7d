a, b = 1, 2
a, b, c = 1, 2, 3
a, b, c, d = 1, 2, 3, 4
(a, b), c = (1, 2), 3
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
[a, *b] = 'xyz'
first, *_, last = [1, 2, 3, 4]
for x, *y in [(1, 2, 3)]:
    pass
a, = [1]
[a] = [1]
(a, b) = c = 1, 2
a = b, c = 1, 2
x = [*range(3), *'ab']
y = (*range(3),)
z = {*range(3), 4}
w = {**{'a': 1}, 'b': 2, **{'c': 3}}
print(*[1, 2], *(3,), sep='-')
