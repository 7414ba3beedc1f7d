x = 1  # comment
y = 2# c2
