while x:
    x -= 1
else:
    y
while 1: pass
