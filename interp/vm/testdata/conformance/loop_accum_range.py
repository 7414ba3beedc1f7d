# A range loop's jump back takes its next step in place, and the dot
# product step s += r * v[j] is one instruction for floats in exact lists
# and tuples; other types, subclasses and errors behave as the plain code.


def ranges():
    out = []
    for i in range(3):
        out.append(i)
    for i in range(10, 0, -3):
        out.append(i)
    for i in range(0):
        out.append(i)
    for i in range(5):
        if i == 2:
            continue
        out.append(i)
    for i in range(2 ** 64, 2 ** 64 + 3):
        out.append(i)
    r = range(3)
    for i in r:
        for j in r:
            out.append(i * j)
    it = iter(range(4))
    for i in it:
        out.append(next(it, "end"))
    for i in range(3):
        out.append(i)
    else:
        out.append("else")
    return out, i


print(ranges())


class F(float):
    def __mul__(self, o):
        return F(float(self) * o * 2)

    def __radd__(self, o):
        return "radd"


def dot(u, v, s):
    for j in range(len(v)):
        s += u[j] * v[j]
    return s


def acc(vals, w, s):
    for j in range(len(w)):
        s -= vals(j) * w[j]
    return s


print(dot([1.5, 2.0, -3.0], [2.0, 0.5, 4.0], 0.0))
print(dot((1.5, 2.0), (2.0, 0.5), 1.0))
print(dot([1, 2, 3], [4, 5, 6], 0))
print(dot([1.0, 2, 3.0], [4.0, 5.0, 6], 0.5))
print(dot([1e308, 1e308], [10.0, -10.0], 0.0))
for args in (([F(1.0), 2.0], [3.0, F(4.0)], 0.0), ([1.0, 2.0], [3.0, 4.0], F(0.5)), ([2.0], [F(3.0)], 1.0)):
    try:
        print(dot(*args))
    except TypeError as e:
        print("TypeError", e)
print(acc(lambda j: j + 0.5, [1.0, 2.0, 3.0], 10.0))
try:
    dot([1.0, 2.0, 3.0], [1.0, 2.0, 3.0, 4.0], 0.0)
except IndexError as e:
    print("IndexError", e)
try:
    dot([1.0], {0: 2.0}, 0.0)
except Exception as e:
    print(type(e).__name__, e)
try:
    dot([1.0, 2.0], [1.0, "x"], 0.0)
except TypeError as e:
    print("TypeError", e)


def unbound(flag):
    s = 0.0
    if flag:
        v = [1.0, 2.0]
    try:
        for j in range(2):
            s += 2.0 * v[j]
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    return s


print(unbound(True), unbound(False))


def lists():
    out = []
    xs = [1, 2, 3]
    for x in xs:
        if x < 5:
            xs.append(x + 3)
        out.append(x)
    ys = [1, 2, 3, 4, 5, 6]
    for y in ys:
        ys.pop()
        out.append(y)
    for y in ys:
        del ys[:]
        out.append(y)

    class L(list):
        def __iter__(self):
            return iter([0])

    for z in L([7, 8]):
        out.append(z)
    it = iter([1, 2, 3, 4])
    for z in it:
        out.append((z, next(it, None)))
    for z in it:
        out.append(z)
    return out


print(lists())
