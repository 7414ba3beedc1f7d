def queens(n):
    sols = []
    def place(row, cols, d1, d2, acc):
        if row == n:
            sols.append(acc[:]); return
        for c in range(n):
            if c not in cols and row - c not in d1 and row + c not in d2:
                acc.append(c)
                place(row + 1, cols | {c}, d1 | {row - c}, d2 | {row + c}, acc)
                acc.pop()
    place(0, set(), set(), set(), [])
    return sols
s = queens(6)
print(len(s), s)
print(len(queens(7)))
for row in queens(5)[0]:
    print("".join("Q" if c == row else "." for c in range(5)))
