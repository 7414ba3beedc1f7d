# List comprehensions and slicing: nested comprehensions, conditions,
# dict/set comprehensions, slice reads, slice assignment, extended slices,
# list concatenation and repetition, zip transposes.
# Modules: none.
N = 150
REPEAT = 140


def main():
    check = 0
    for rep in range(REPEAT):
        grid = [[(i * j + rep) % 10 for j in range(N)] for i in range(N)]
        transposed = [list(col) for col in zip(*grid)]
        diag = [grid[i][i] for i in range(N)]
        evens = [v for row in grid for v in row if v % 2 == 0]
        squares = {v: v * v for v in diag}
        uniq = {v % 7 for v in evens}
        flat = [v for row in transposed[::3] for v in row[1::2]]
        flat[10:20] = [0] * 5
        rev = flat[::-1]
        chunk = [sum(rev[k:k + 8]) for k in range(0, len(rev), 8)]
        tail = (chunk + diag) * 2
        check = (check * 7 + sum(chunk) + len(evens) + sum(squares.values())
                 + len(uniq) + sum(tail[-N:]) + rev[-1] + len(flat)) % 1000000007
    print("listcomp", N, check)


main()
