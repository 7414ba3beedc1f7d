while True:
    if x:
        break
else:
    y
