def f(v):
    try:
        return 10 // v
    except ZeroDivisionError:
        return "div zero"
    except TypeError as e:
        return "type: %s" % e
    finally:
        print("finally for", repr(v))
print(f(2), f(0), f("a"))
def loop():
    out = []
    for i in range(5):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        except ValueError as e:
            out.append("E%s" % e)
            continue
        finally:
            out.append("f")
    return out
print(loop())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
