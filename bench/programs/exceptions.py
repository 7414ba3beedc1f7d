# Exceptions in a loop: try/except/else/finally, raise of builtin and user
# exception classes, exception hierarchy matching, re-raise, with statements.
# Modules: none.
N = 200000


class AppError(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


class SmallError(AppError):
    pass


class Guard:
    entered = 0
    exited = 0

    def __enter__(self):
        Guard.entered += 1
        return self

    def __exit__(self, typ, val, tb):
        Guard.exited += 1
        return typ is KeyError


def risky(i):
    r = i % 6
    if r == 0:
        raise SmallError(i % 10)
    if r == 1:
        raise AppError(i % 100)
    if r == 2:
        return {}["missing"]
    if r == 3:
        return 10 // (i % 2 - 1)  # i is odd here: divides by zero
    return i


def main():
    caught = {"small": 0, "app": 0, "key": 0, "zero": 0, "ok": 0}
    fin = 0
    codes = 0
    for i in range(N):
        try:
            v = risky(i)
        except SmallError as e:
            caught["small"] += 1
            codes += e.code
        except AppError as e:
            caught["app"] += 1
            codes += e.code
        except (KeyError, IndexError):
            caught["key"] += 1
        except ZeroDivisionError:
            caught["zero"] += 1
        else:
            caught["ok"] += 1
            codes += v & 1
        finally:
            fin += 1
        with Guard():
            if i & 1:
                raise KeyError(i)
        try:
            try:
                if i % 5 == 0:
                    raise ValueError("bad")
            except ValueError:
                raise
        except Exception as e:
            codes += len(str(e))
    print("exceptions", N, sorted(caught.items()), fin, codes, Guard.entered, Guard.exited)


main()
