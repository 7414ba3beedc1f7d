# `if x % m <cmp> k:` runs as one instruction for ints that fit in 64
# bits and m > 0; everything else must behave as the plain instructions.


def classify(xs):
    out = []
    for x in xs:
        if x % 3 == 0:
            out.append("eq0")
        elif x % 3 != 1:
            out.append("ne1")
        else:
            out.append("one")
        if x % 4 < 2:
            out.append("lt")
        if x % 4 <= 2:
            out.append("le")
        if x % 5 > 3:
            out.append("gt")
        if x % 5 >= 3:
            out.append("ge")
        if not x % 2 == 1:
            out.append("even")
        if x % 7 == -1:
            out.append("never")
    return out


M = 2**63 - 1
print(classify([0, 1, 2, 3, 4, 5, -1, -2, -3, -7, M, -M, -M - 1, 2**64, -2**64 + 1]))
print(classify([True, False, 2.0, -2.5, 7.5]))


class I(int):
    def __mod__(self, o):
        return 0


print(classify([I(5), I(1)]))

print([v for v in range(-6, 7) if v % 2 == 0])
print([v for v in range(-6, 7) if v % 3 != 0])
print(sum(v for v in range(100) if v % 10 == 3))


def negmod(xs):
    return [x for x in xs if x % -3 == -1]


print(negmod(range(-5, 6)))


def zero(x, m):
    if x % m == 0:
        return "zero"
    return "not"


for args in [(3, 0), (3.0, 0), (3, 0.0)]:
    try:
        print(zero(*args))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_lineno)


def fmt(s):
    if s % 3 == "x3":
        return "formatted"
    return "other"


print(fmt("x%d"), fmt("y%d"))


def unbound(flag):
    if flag:
        x = 4
    if x % 2 == 0:
        return "even"


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def big_k(x):
    return x % 10 == 2**70


print(big_k(5), [x for x in range(5) if x % 2 == 2**64])
i = 0
hits = 0
while i < 50:
    i += 1
    if i % 7 == 0:
        hits += 1
        continue
print(i, hits)
