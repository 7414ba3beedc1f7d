# Traceback entries and frame records of exceptions that leave frames
# without handlers (the batched records of frameobj.go): each entry's line,
# its frame's code, line, locals and f_back, the caller's entry, chained
# contexts, re-raises and exceptions stored across iterations.
import sys
import traceback


def a(x):
    y = x + 1
    return {}[y]


def b(x):
    return a(x) + 1


def c(x):
    z = [x]
    return b(x)


def show(e):
    tb = e.__traceback__
    while tb:
        f = tb.tb_frame
        loc = sorted(f.f_locals.items()) if f.f_code.co_name != "<module>" else "-"
        back = f.f_back.f_code.co_name if f.f_back else None
        print(" ", tb.tb_lineno, f.f_code.co_name, f.f_lineno, loc, back, tb.tb_lasti)
        tb = tb.tb_next


kept = []
for i in range(40):
    try:
        c(i)
    except KeyError as e:
        if i % 13 == 0:
            show(e)
            traceback.print_exc(file=sys.stdout)
        kept.append(e)
for e in kept[::9]:
    show(e)


def g(n):
    raise ValueError("v%d" % n)


def h(n):
    try:
        g(n)
    except ValueError:
        raise KeyError("k")


for n in range(3):
    try:
        h(n)
    except KeyError as e:
        print(repr(e.__context__), e.__context__.__traceback__.tb_next.tb_frame.f_code.co_name)
        show(e)
        show(e.__context__)
traceback.print_exc(file=sys.stdout)


def one(q):
    raise IndexError(q)


def reraiser(q):
    try:
        one(q)
    except IndexError as err:
        saved = err
    raise saved


for q in range(2):
    try:
        reraiser(q)
    except IndexError as e:
        show(e)

# a generator's frame and an entry frame (a key function) on the way
def gen():
    yield 1
    {}["g"]


try:
    for v in gen():
        pass
except KeyError as e:
    show(e)


def key(v):
    return {}[v]


try:
    sorted([3, 1], key=key)
except KeyError as e:
    show(e)
