def matmul(A, B):
    n, m, p = len(A), len(B), len(B[0])
    return [[sum(A[i][k] * B[k][j] for k in range(m)) for j in range(p)] for i in range(n)]


def transpose(M):
    return [list(row) for row in zip(*M)]


def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


print(matmul(identity(2), [[1, 2], [3, 4]]), transpose([[1, 2], [3, 4]]))
