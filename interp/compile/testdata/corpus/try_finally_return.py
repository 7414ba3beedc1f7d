def f():
    try:
        return 1
    finally:
        print('cleanup')


def g():
    try:
        pass
    finally:
        return 2


def h(x):
    for i in x:
        try:
            return i
        finally:
            if i:
                break
    return None
