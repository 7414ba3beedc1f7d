# `for i, x in enumerate(gen)` resumes the generator in the consumer's
# loop: counts (start, big start), early exit, exhaustion with else,
# errors and StopIteration raised inside, tracebacks and frames.
import sys


def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1


def caller_name():
    yield sys._getframe(1).f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def consume():
    out = []
    for i, v in enumerate(naturals(5)):
        out.append((i, v))
    print(out)
    for i, v in enumerate(naturals(3), 10):
        print(i, v, end="; ")
    print()
    for i, v in enumerate(naturals(3), 2 ** 63 - 2):
        print(i, v, end="; ")
    print()
    for i, v in enumerate(naturals(0)):
        print("never")
    else:
        print("empty else")
    for i, v in enumerate(naturals(4)):
        if v == 2:
            break
    else:
        print("not printed")
    print("broke at", i, v)
    for i, name in enumerate(caller_name()):
        print(i, name)
    for i, (a, b) in enumerate(zip(naturals(3), naturals(3))):
        print(i, a, b)
    for i, (j, v) in enumerate(enumerate(naturals(3), 5)):
        print(i, j, v)


consume()

def raises_after(n):
    for k in range(n):
        yield k
    raise ValueError("inside")


def stops_inside():
    yield 1
    raise StopIteration("leaked")


try:
    for i, v in enumerate(raises_after(2)):
        print("got", i, v)
except ValueError as err:
    import traceback
    traceback.print_exc(file=sys.stdout)

try:
    for i, v in enumerate(stops_inside()):
        print("got", i, v)
except RuntimeError as err:
    print("RuntimeError", err, repr(err.__cause__))

# the same generator consumed partly by enumerate, then by next()
g = naturals(6)
for i, v in enumerate(g):
    if i == 2:
        break
print(next(g), list(enumerate(g)))


# a generator that is already running cannot be resumed
def self_ref():
    yield 1
    for i, v in enumerate(me):
        yield v


me = self_ref()
try:
    print(list(me))
except ValueError as err:
    print("ValueError", err)

# recursion: enumerate over nested generators
def nest(d):
    if d == 0:
        yield "leaf"
        return
    for i, v in enumerate(nest(d - 1)):
        yield (d, i, v)


print(list(nest(4)))
