print
print('x')
print = 1
print(end='')
