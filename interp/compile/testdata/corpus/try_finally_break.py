def f(xs):
    for x in xs:
        try:
            if x:
                break
            if x is None:
                continue
        finally:
            print(x)
    while xs:
        try:
            xs.pop()
            continue
        finally:
            pass
    return xs
