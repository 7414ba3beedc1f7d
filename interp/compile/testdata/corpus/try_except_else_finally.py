def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError:
        y = 0
    else:
        y += 1
    finally:
        print('done')
    return y


def g(x):
    try:
        return x[0]
    except (IndexError, KeyError) as e:
        return e
    except Exception:
        raise
    finally:
        x = None
