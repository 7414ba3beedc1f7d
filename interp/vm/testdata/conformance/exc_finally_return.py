def f():
    try:
        return "try"
    finally:
        print("finally runs")
def g():
    try:
        return "try"
    finally:
        return "finally wins"
def h():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("fin", i)
    return i
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def order():
    log = []
    try:
        try:
            log.append(1)
            raise KeyError
        except KeyError:
            log.append(2)
            raise
        else:
            log.append("else")
        finally:
            log.append(3)
    except KeyError:
        log.append(4)
    else:
        log.append("never")
    finally:
        log.append(5)
    return log
def else_clause():
    try:
        x = 1
    except Exception:
        return "exc"
    else:
        return "else %d" % x
    finally:
        print("fin else")
print(f(), g(), h(), swallow(), order(), else_clause())
