if x:
  y
# c
  # d
z
