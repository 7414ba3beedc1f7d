# An except block just below the recursion limit may still call builtins
# and Python functions: CPython gives a thread that is handling a
# RecursionError 50 levels of headroom.
depth = 0
log = []


def helper(n):
    return "helper %d" % n


def nested(n):
    if n == 0:
        return 0
    return 1 + nested(n - 1)


def down():
    global depth
    depth += 1
    try:
        down()
    except RecursionError as e:
        if not log:
            log.append(len("abc"))
            log.append(str(depth))
            log.append(helper(depth))
            log.append(nested(20))
            log.append(sorted([3, 1, 2], key=lambda x: -x))
            log.append(repr(e))
        raise


try:
    down()
except RecursionError as e:
    print(depth, e)
for item in log:
    print(item)


def deeper():
    try:
        deeper()
    except RecursionError:
        # within the headroom: 30 more levels below the limit's edge
        return nested(30)


try:
    print(deeper())
except RecursionError as e:
    print("deeper:", e)
