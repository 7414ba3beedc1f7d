# f-string parts that are strs without a conversion or spec: an exact str
# is its own formatting (the FORMAT_VALUE arm leaves it on the stack);
# subclasses, overridden __format__/__str__, conversions and specs still
# go through format().


class S(str):
    def __format__(self, spec):
        return "S(" + spec + ")"


class T(str):
    def __str__(self):
        return "T-str"


class U(str):
    pass


def parts(w):
    return f"{w}|{w!s}|{w!r}|{w:>6}|{w}{w}"


for w in ["ab", "", "é", S("x"), T("y"), U("z"), "\U0001f600"]:
    r = parts(w)
    print(repr(r), type(r).__name__)
for i in range(3):
    w = ["alpha", "beta"][i % 2]
    print(f"{i:05d}|{w}|{w.upper()}|{i * 3 % 17:>3}|{i / 7:.3f}")
print(f"{'lit'}{U('u')}{S('s')}")
x = U("q")
print(type(f"{x}").__name__, f"{x}" == "q")
try:
    print(f"{'abc':d}")
except ValueError as e:
    print("ValueError", e)
