import os
x = os.path.join('a', 'b')
if x:
    print(x)
for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    pass
