if a:
    if b:
        if c:
            if d:
                if e:
                    x = 1
                y = 2
            z = 3
        w = 4
