if x:
    y
        # deeper
    z
