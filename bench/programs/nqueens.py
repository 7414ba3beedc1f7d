# N-queens by backtracking with sets of attacked columns and diagonals;
# also enumerates solutions with a recursive generator.
# Modules: none.
N = 8
REPEAT = 200


def solve(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    board = [0] * n
    found = []

    def place(row):
        if row == n:
            found.append(tuple(board))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            board[row] = c
            place(row + 1)
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return found


def permutations_queens(n, row=0, placed=()):
    # generator formulation: yield every full placement
    if row == n:
        yield placed
        return
    for c in range(n):
        ok = True
        for r, pc in enumerate(placed):
            if pc == c or abs(pc - c) == row - r:
                ok = False
                break
        if ok:
            yield from permutations_queens(n, row + 1, placed + (c,))


def main():
    total = 0
    check = 0
    for _ in range(REPEAT):
        sols = solve(N)
        total += len(sols)
        for s in sols:
            for i, c in enumerate(s):
                check = (check * 31 + c * (i + 1)) % 1000000007
    gen = list(permutations_queens(N))
    print("nqueens", N, total, len(gen), check, gen[0], gen[-1])


main()
