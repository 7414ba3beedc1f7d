m = [[r * 3 + c for c in range(3)] for r in range(3)]
print(m, [row[::-1] for row in m], [m[i][i] for i in range(3)], [list(col) for col in zip(*m)])
flat = [x for row in m for x in row if x % 2 == 0]
print(flat, sum(map(sum, m)), max(max(r) for r in m))
grid = [["."] * 4 for _ in range(3)]
grid[1][2] = "#"
print("\n".join("".join(r) for r in grid))
bad = [["."] * 4] * 3
bad[1][2] = "#"
print("\n".join("".join(r) for r in bad))
