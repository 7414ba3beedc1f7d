# The list-as-stack and record idioms run as single instructions for exact
# lists (l.pop(), l.append(x), a, b = c[k]); everything else must behave as
# the plain method calls and unpacking do.


def pops():
    s = [1, 2, 3]
    x = s.pop()
    s.pop()
    print(x, s, s.pop(), s)
    try:
        s.pop()
    except IndexError as e:
        print("IndexError", e)
    t = (1, 2)
    try:
        t.pop()
    except AttributeError as e:
        print("AttributeError", e)

    class L(list):
        def pop(self):
            return "overridden"

        def append(self, x):
            list.append(self, ("wrapped", x))

    s = L([1, 2])
    y = s.pop()
    s.pop()
    v = 5
    s.append(v)
    print(y, s)

    class M(list):
        pass

    m = M([7, 8])
    m.pop = lambda: "instance attr"  # M instances have a dict
    print(m.pop(), m)
    z = m.append
    w = 9
    m.append(w)
    print(m, type(z).__name__)

    d = {"pop": 1}
    try:
        d.pop()
    except TypeError as e:
        print("TypeError", e)
    q = [4]
    r = None or q.pop()
    print(r, q)
    q = [5, 6]
    print(not q.pop(), q.pop(), q)
    try:
        print(undefined_pop.pop())
    except NameError as e:
        print("NameError", e)


def unbound():
    try:
        u.pop()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    u = []
    try:
        u.append(k)
    except UnboundLocalError as e:
        print("UnboundLocalError", e, u)
    k = 1
    u.append(k)
    print(u)


def appends():
    out = []
    for i in range(5):
        x = i * i
        out.append(x)
    print(out)
    same = []
    same.append(same)
    print(same)
    a = [1]
    b = a
    a.append(b)
    print(len(a), a[1] is a)

    class C:
        def __init__(self):
            self.items = []

        def append(self, x):
            self.items.append(x * 2)

    c = C()
    v = 21
    c.append(v)
    print(c.items)


def unpacks():
    code = [("push", 1), ("load", "x"), ["store", "y"], ("jf", 3, 4)]
    for pc in range(3):
        op, arg = code[pc]
        print(op, arg)
    pc = 3
    try:
        op, arg = code[pc]
    except ValueError as e:
        print("ValueError", e)
    a, b, c = code[pc]
    print(a, b, c)
    pc = -1
    a, b, c = code[pc]
    print(a, b, c)
    pc = 9
    try:
        op, arg = code[pc]
    except IndexError as e:
        print("IndexError", e)
    strs = ["ab", "xy"]
    i = 1
    p, q = strs[i]
    print(p, q)
    recs = ({"k": 1, "v": 2},)
    i = 0
    p, q = recs[i]
    print(p, q)

    class T(tuple):
        def __iter__(self):
            return iter(("from", "iter"))

    recs = [T((1, 2))]
    p, q = recs[i]
    print(p, q)

    class Lst(list):
        def __getitem__(self, i):
            return ("sub", i)

    recs = Lst([(1, 2)])
    p, q = recs[i]
    print(p, q)
    d = {0: (5, 6)}
    p, q = d[i]
    print(p, q)
    i = True
    p, q = code[i]
    print(p, q)
    code = [(1, 2)]
    i = 0
    code, i = code[i]
    print(code, i)
    pairs = [[3, 4]]
    x, x = pairs[0]
    print(x)
    try:
        i = "0"
        p, q = pairs[i]
    except TypeError as e:
        print("TypeError", e)


def stack_machine():
    prog = [("push", 2), ("push", 3), ("add", None), ("push", 4), ("mul", None), ("print", None)]
    stack = []
    for pc in range(len(prog)):
        op, arg = prog[pc]
        if op == "push":
            stack.append(arg)
        elif op == "add":
            b = stack.pop()
            a = stack.pop()
            stack.append(a + b)
        elif op == "mul":
            b = stack.pop()
            a = stack.pop()
            r = a * b
            stack.append(r)
        elif op == "print":
            print(stack.pop(), stack)


pops()
unbound()
appends()
unpacks()
stack_machine()
