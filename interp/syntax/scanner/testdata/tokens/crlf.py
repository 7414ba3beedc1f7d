x = 1
if x:
    y  # c

z
