x = a and b
y = a or b
z = a and b or c and d
w = a or b or c
v = not a
u = not not a
t = a and not b
