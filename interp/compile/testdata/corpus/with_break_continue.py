def f(items, lock):
    for x in items:
        with lock:
            if x < 0:
                continue
            if x > 10:
                break
            with open(x) as fh, lock:
                if fh:
                    return fh.read()
    else:
        return None
