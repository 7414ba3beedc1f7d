def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    count = 0

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if c in cols or r + c in diag1 or r - c in diag2:
                continue
            cols.add(c); diag1.add(r + c); diag2.add(r - c)
            place(r + 1)
            cols.remove(c); diag1.remove(r + c); diag2.remove(r - c)

    place(0)
    return count


print([solve(n) for n in range(1, 7)])
