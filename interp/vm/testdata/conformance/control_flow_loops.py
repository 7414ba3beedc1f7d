for i in range(10):
    if i == 2:
        continue
    if i == 5:
        break
    print("i", i)
else:
    print("no else after break")
for i in range(2):
    pass
else:
    print("for-else runs", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
x = 5
r = "big" if x > 3 else "small"
print(r, 1 < x < 10, x if x else 0, not x)
if x == 1:
    print(1)
elif x == 5:
    print("elif")
else:
    print("else")
for c in "":
    print("never")
else:
    print("empty loop else")
