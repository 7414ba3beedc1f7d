x = 1 + \
    2
y = \
  3
if a and \
   b:
    pass
