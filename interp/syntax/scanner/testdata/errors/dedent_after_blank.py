if x:
    y


  z
