a, *b = c
print(*a, **b)
