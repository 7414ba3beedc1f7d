# Long functions: their jumps need EXTENDED_ARG, whose slots the VM
# skips (jumps landing on one go past it; an extended unconditional jump
# is copied into its slot). Loops, exits, exceptions and line numbers
# inside them must behave as in CPython 3.7.
import sys
import traceback


class Falsy:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        if self.n < -1:
            raise ValueError("bool of Falsy")
        return self.n > 0


class Boom:
    def __init__(self, n):
        self.n = n

    def __bool__(self):
        self.n -= 1
        if self.n < 0:
            raise ValueError("bool of Boom")
        return True


def long_while(n):
    p = 0
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    i = 0
    s = ""
    while i < n:
        i += 1
        if i % 3 == 0:
            continue
        if i > 40:
            break
        s += str(i)
        t = i
    w = Falsy(4)
    k = 0
    while w:
        k += 1
    return p, i, s, t, k


def long_for(items):
    p = 0
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    out = []
    acc = ""
    for x in items:
        for c in x:
            acc += c
        if not x:
            continue
        if x.startswith("z"):
            break
        out.append(x.upper())
    else:
        out.append("no break")
    total = 0
    for j in range(10):
        total += j
        last = j
    return p, out, acc, total, last


def big_body(n):
    # a loop body longer than 255 bytes: FOR_ITER itself is extended
    p = 0
    r = []
    for i in range(n):
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        if i == 2:
            continue
        r.append(p)
    while n > 0:
        n -= 1
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        p = p + 4
        p = p + 5
        p = p + 6
        p = p + 0
        p = p + 1
        p = p + 2
        p = p + 3
        r.append(n)
    return r


def raises_in_loop(n):
    p = 0
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    seen = []
    for i in range(n):
        try:
            if i == 2:
                raise KeyError(i)
            if i == 3:
                [][i]
            seen.append(i)
        except KeyError as e:
            seen.append(("key", e.args))
        except IndexError:
            seen.append(("index", traceback.format_exc().splitlines()[-3:]))
        finally:
            seen.append("f")
    return seen


def bool_raises():
    p = 0
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    w = Boom(3)
    while w:
        p += 1
    return p


def gen_long(n):
    p = 0
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    i = 0
    while i < n:
        i += 1
        if i % 2:
            yield i, p
        else:
            yield -i
    for c in "ab":
        yield c
    yield sys._getframe().f_lasti > 255


def and_or(a, b, c):
    p = 0
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    p = p + 5
    p = p + 6
    p = p + 0
    p = p + 1
    p = p + 2
    p = p + 3
    p = p + 4
    r = []
    for i in range(3):
        x = a and b or c
        y = (a or i) and (b or c)
        if a and (b or c) and i:
            r.append((x, y, i))
        elif not a or not b:
            r.append(("else", x, y))
    return r


def huge_loop():
    # jumps past 65535 bytes: two EXTENDED_ARGs in front of them
    src = ["def huge(n):", "    x = 0", "    while n > 0:", "        n -= 1"]
    src += ["        x = x + %d" % (k % 5) for k in range(9000)]
    src += ["        if n == 1:", "            continue", "    for i in range(3):"]
    src += ["        x = x - %d" % (k % 3) for k in range(9000)]
    src += ["    return x, n, i"]
    ns = {}
    exec("\n".join(src), ns)
    return ns["huge"](3)


print(long_while(50))
print(long_for(["ab", "", "cd", "zz", "ef"]))
print(long_for(["ab", "cd"]))
print(big_body(4))
print(raises_in_loop(5))
print(list(gen_long(5)))
print(and_or(1, 0, 2), and_or(0, 3, 0), and_or(1, 2, 3))
print(huge_loop())
try:
    bool_raises()
except ValueError:
    traceback.print_exc(file=sys.stdout)
bool_raises()
