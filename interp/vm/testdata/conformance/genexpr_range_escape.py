# A generator expression over range() that outlives the function that
# made it keeps its own iterator, even when later calls reuse that
# function's frame and run range loops of their own.
def work(x):
    total = 0
    for k in range(3):
        total += k
    return x + total


def evens(n):
    return (i for i in range(0, n, 2))


def mapped(n):
    return (work(i) for i in range(n))


def nested(n):
    return ((j for j in range(i)) for i in range(n))


print(list(mapped(4)))
g = evens(10)
print(next(g), work(1), next(g), [work(i) for i in range(2)], list(g))
print([list(x) for x in nested(4)])
a, b = mapped(3), mapped(2)
print(list(zip(a, b)), list(a))


def mixed(n):
    out = []
    for i in range(n):
        out.append(sum(j for j in range(i)))
    return out, (k * k for k in range(n))


r, gen = mixed(5)
print(r, work(0), list(gen))
print(sorted(mapped(3), reverse=True), max(evens(7)), sum(evens(100)))
