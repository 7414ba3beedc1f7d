def matmul(a, b):
    return [[sum(x * y for x, y in zip(r, c)) for c in zip(*b)] for r in a]
def mpow(m, n):
    r = [[int(i == j) for j in range(len(m))] for i in range(len(m))]
    while n:
        if n & 1:
            r = matmul(r, m)
        m = matmul(m, m); n >>= 1
    return r
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]), mpow([[1, 1], [1, 0]], 200)[0][1])
t = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*t)), [list(r) for r in zip(*t)], [[row[i] for row in t] for i in range(3)])
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [3, 4]]))
