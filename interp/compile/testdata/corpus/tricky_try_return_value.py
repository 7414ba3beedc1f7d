def f():
    try:
        return g()
    except ValueError as e:
        return e
    except (TypeError, KeyError):
        return None
    else:
        return 'else'
    finally:
        print('finally')


def g():
    for i in range(3):
        try:
            return i
        except Exception:
            break
        finally:
            continue_ = True
    return -1
