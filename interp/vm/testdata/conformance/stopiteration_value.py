# A user iterator's own StopIteration (with a value) reaches next() and
# yield from: next() re-raises that instance, yield from returns its value.
class It:
    def __init__(self, value="v"):
        self.value = value

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(self.value)


class Two:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", self.n)
        return self.n


it = It()
for mk in (lambda: it, lambda: iter(It()), lambda: It(None), lambda: (x for x in It()), lambda: iter([])):
    try:
        next(mk())
    except StopIteration as e:
        print(repr(e), e.value, e.args)
print(next(It(), "default"))


def g(src):
    r = yield from src
    print("r", r)
    yield "end"


print(list(g(It())), list(g(Two())), list(g(It(None))), list(g([1, 2])))
t = Two()
for x in t:
    pass
try:
    next(t)
except StopIteration as e:
    print("again", e.args)
# a loop that ends on one iterator's StopIteration does not leak it into
# the next exhausted iterator
for x in It("stale"):
    pass
try:
    next(iter([]))
except StopIteration as e:
    print("fresh", e.args)
