1 if 1else 2
x = 1e
