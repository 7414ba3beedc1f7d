if x:
    # comment
  y = 1
    z = 2
