x = (y)
