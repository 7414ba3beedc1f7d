def f(a):
    try:
        try:
            a()
        except ValueError:
            raise TypeError
        finally:
            print(1)
    except TypeError as e:
        try:
            raise RuntimeError from e
        except RuntimeError:
            pass
    finally:
        try:
            pass
        finally:
            print(2)
