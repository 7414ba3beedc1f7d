# a + b + c of strs made in one concatenation when the third operand is
# a constant or local; every other shape through the operator.


class S(str):
    def __add__(self, other):
        return "S+(" + str.__add__(self, other) + ")"

    def __radd__(self, other):
        return "(" + other + ")+S"


def chains(t, u, e):
    print(" " + t + " ", (" " + t.strip() + " ").strip().lower()[::-1])
    x = t + u + "!"
    y = t + u + e
    z = e + t + e
    print(x, y, repr(z), z is t, (e + e + e) is e, t + e + e is t)
    print(t + u + S("s"), t + S("m") + u, S("a") + t + u, type(t + u + S("s")).__name__)
    print("é" + t + "€", t + "\udc80" + u == t + "\udc80" + u, len("é" + t + "€"))
    long = "x" * 300
    w = long + t + "end"
    w2 = w + t + "more"
    print(len(w), w[-10:], len(w2), w2[-12:], w[-8:])
    try:
        print(t + u + 5)
    except TypeError as ex:
        print(ex)
    try:
        print(t + u + late)
    except UnboundLocalError as ex:
        print(ex)
    late = "L"
    print(t + u + late)
    acc = ""
    for i in range(5):
        acc = acc + str(i) + ","
    print(acc)
    q = t
    q += u + "+"
    print(q)


chains("gamma", "ZZ", "")
chains("", "ZZ", "")
