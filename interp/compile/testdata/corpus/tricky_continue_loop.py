def f(xs):
    total = 0
    for x in xs:
        try:
            if x < 0:
                continue
            total += x
        finally:
            total += 1
    while xs:
        with open(xs.pop()) as fh:
            if not fh:
                continue
        try:
            continue
        except Exception:
            continue
    return total
