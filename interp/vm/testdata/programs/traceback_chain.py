class AppError(Exception):
    pass

def load(key):
    data = {"a": 1}
    try:
        return data[key]
    except KeyError as e:
        raise AppError("missing %s" % key) from e

def run():
    try:
        load("b")
    except AppError:
        raise ValueError("wrapped")

run()
