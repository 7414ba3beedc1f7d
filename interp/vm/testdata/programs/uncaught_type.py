items = [1, 2, "three"]
total = 0
for it in items:
    total = total + it
