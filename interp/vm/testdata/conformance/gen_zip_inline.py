# `for a, b in zip(gen, it)` resumes the first generator in the
# consumer's loop and takes the second iterator's item there: zip's
# order (the second is not advanced once the first is exhausted; the
# first's item is lost when the second is), errors from either, the same
# generator twice, and the shapes that keep the general path.
import sys


def gen(name, n, log):
    for k in range(n):
        log.append(name + str(k))
        yield k


def run(n1, n2, second_list=False):
    log = []
    g1 = gen("a", n1, log)
    g2 = [10, 11, 12][:n2] if second_list else gen("b", n2, log)
    out = [(a, b) for a, b in zip(g1, g2)]
    print(out, log, next(g1, "g1 done"), next(iter(g2), "g2 done") if not second_list else "")


run(3, 3)
run(2, 4)
run(4, 2)
run(0, 2)
run(3, 3, True)
run(4, 2, True)


def boom(n):
    for k in range(n):
        yield k
    raise KeyError("boom")


def leak():
    yield 1
    raise StopIteration


for first, second in [(boom(2), range(5)), (range(5), boom(2)), (boom(5), boom(1))]:
    got = []
    try:
        for a, b in zip(first, second):
            got.append((a, b))
    except KeyError as e:
        print("KeyError", e, got)

try:
    for a, b in zip(leak(), leak()):
        print(a, b)
except RuntimeError as e:
    print("RuntimeError", e)

try:
    for a, b in zip(gen("x", 3, []), leak()):
        print(a, b)
except RuntimeError as e:
    print("RuntimeError", e)

# the same generator on both sides
g = gen("s", 7, [])
print([(a, b) for a, b in zip(g, g)], next(g, "done"))

# one iterator, three iterators: the general path
print([a for a, in zip(gen("o", 3, []))])
print([(a, b, c) for a, b, c in zip(gen("p", 3, []), gen("q", 3, []), gen("r", 3, []))])
try:
    for a, b in zip(gen("w", 3, [])):
        print("never")
except ValueError as e:
    print("ValueError", e)
try:
    for a, b in zip(gen("w", 3, []), gen("w", 3, []), gen("w", 3, [])):
        print("never")
except ValueError as e:
    print("ValueError", e)

# break, else, and the generators left suspended
log = []
g1, g2 = gen("a", 5, log), gen("b", 5, log)
for a, b in zip(g1, g2):
    if a == 1:
        break
else:
    print("no")
print(log, next(g1), next(g2))
for a, b in zip(gen("e", 0, log), g2):
    print("never")
else:
    print("else ran", next(g2))


# frames: the consumer is the generator's caller
def who():
    yield sys._getframe(1).f_code.co_name


def consumer():
    for a, b in zip(who(), who()):
        return a, b


print(consumer())


# a traceback through the second iterator
def bad_second():
    yield 1 / 0


try:
    for a, b in zip(gen("t", 2, []), bad_second()):
        pass
except ZeroDivisionError:
    import traceback
    traceback.print_exc(file=sys.stdout)

print(sum(a * b for a, b in zip(gen("u", 100, []), gen("v", 100, [])) if a & 1))
