a = *b, c
print(*a)
x = [*a]
