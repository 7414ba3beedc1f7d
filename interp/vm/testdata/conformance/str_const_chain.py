# The fused `if local == "const": ... elif local == "const2":` chain over
# strs: identity, equal text from different objects, subclasses with their
# own __eq__, other types, unbound locals, != and the chain's fall-through.


class Loud(str):
    def __eq__(self, other):
        print("Loud.__eq__", str.__str__(self), other)
        return str.__eq__(self, other)

    def __ne__(self, other):
        print("Loud.__ne__", str.__str__(self), other)
        return str.__ne__(self, other)

    __hash__ = str.__hash__


class Never(str):
    def __eq__(self, other):
        return False

    __hash__ = str.__hash__


class Weird:
    def __eq__(self, other):
        print("Weird.__eq__", other)
        return other == "load"

    def __repr__(self):
        return "Weird()"


def classify(op):
    if op == "push":
        return 1
    elif op == "load":
        return 2
    elif op == "":
        return 3
    elif op == "pus":
        return 4
    elif op == "h\u00e9":
        return 5
    elif op != "x":
        return 6
    return 0


def ne_first(op):
    if op != "a":
        return "not a"
    return "a"


def unbound(flag):
    if flag:
        x = "push"
    if x == "push":
        return "push"
    return "other"


built = "".join(["pu", "sh"])
samples = ["push", built, "load", "lo" + "ad", "", "pus", "pushh", "Push",
           "h\u00e9", "he", "x", "y", Loud("push"), Loud("load"), Loud("x"),
           Never("push"), Weird(), 1, 1.0, None, b"push", ("push",)]
for s in samples:
    print(repr(s), classify(s))
for s in ["a", "b", Loud("a"), Never("a"), 0]:
    print(repr(s), ne_first(s))
print(unbound(True))
try:
    print(unbound(False))
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_float(flag):
    if flag:
        y = 1.5
    if y == 1.5:
        return "1.5"
    return "other"


try:
    unbound_float(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def unbound_pair(flag):
    if flag:
        a = b = "s"
    if a == b:
        return "eq"
    return "ne"


try:
    unbound_pair(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# a str subclass that overrides only __eq__ keeps str's __ne__; other
# bases' != inverts __eq__ (object's __ne__)
for v in [Never("a"), Never("b")]:
    print(repr(v), v != "a", v == "a", "a" != v)


class EqAll:
    def __eq__(self, other):
        return True


class ExcEq(Exception):
    def __eq__(self, other):
        return True


class IntEq(int):
    def __eq__(self, other):
        return True


print(EqAll() != 1, ExcEq() != 2, IntEq(1) != 2, IntEq(1) == 2)

# many iterations, so a cache or specialisation would be warm
n = 0
plain = [s for s in samples if type(s) is not Loud and type(s) is not Weird]
for i in range(3000):
    n += classify(plain[i % len(plain)])
print(n)
