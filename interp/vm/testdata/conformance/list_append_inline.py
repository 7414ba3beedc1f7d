# l.append(x) is appended without a call when l is an exact list and the
# method is the builtin list.append; everything else must still call.
import sys


class Logged(list):
    def append(self, x):
        print("Logged.append", x)
        super().append(x * 10)


class Plain(list):
    pass


def fill(l, n):
    for i in range(n):
        l.append(i)
    return l


print(fill([], 5))
print(fill(Logged(), 3))
p = fill(Plain(), 3)
print(type(p).__name__, p)

# the result is None, whether used or dropped
out = []
r = out.append(1)
print(r, out)
print([out.append(k) for k in range(3)], out)

# unbound list.append called through CALL_FUNCTION, and bound method objects
a = []
list.append(a, "x")
m = a.append
m("y")
print(a)

# wrong arities and receivers keep their messages
for call in (lambda: a.append(), lambda: a.append(1, 2), lambda: list.append(a),
             lambda: list.append((), 1), lambda: list.append(a, x=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

# a name that is not append, and append shadowed on the instance's class later
class Later(list):
    pass


lt = Later()
fill(lt, 2)
Later.append = lambda self, x: print("patched", x)
fill(lt, 2)
print(lt)

# appending to itself while iterating a copy
s = [1, 2]
for v in list(s):
    s.append(s)
print(len(s), s[2] is s)


# a traceback through a frame that appends still names the right line
def bad(l):
    l.append(1)
    l.append(undefined_name)


try:
    bad([])
except NameError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("NameError", e, "line", tb.tb_lineno)


# near the recursion limit
def deep(n, l):
    l.append(n)
    if n:
        deep(n - 1, l)


l = []
deep(200, l)
print(len(l), l[-1])
print(sys.getrecursionlimit())
