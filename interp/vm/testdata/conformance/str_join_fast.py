# str.join's fast path (exact list or tuple of exact strs) against the
# general one: subclasses, empty and one-item sequences, non-ascii text,
# errors, identity of a one-item result, and joins consumed by a chain.


class S(str):
    def __str__(self):
        return "S!"


class L(list):
    def __iter__(self):
        return iter(["x", "y"])


class T(tuple):
    pass


parts = ["00001", "beta", "BETA", "  3", "0.143"]
print("-".join(parts))
print("".join(parts), ", ".join(parts), "<->".join(parts))
print("-".join(tuple(parts)))
print(repr("-".join([])), repr("-".join(())))
one = "only" + str(len(parts))
print("-".join([one]) is one, "-".join((one,)) is one)
print(type("-".join([S("abc")])), "-".join([S("abc")]))
print(type("-".join([S("ab"), "c"])), "-".join([S("ab"), "c"]))
print(type(S("+").join(["a", "b"])), S("+").join(["a", "b"]))
print("-".join(L(["p", "q", "r"])), "-".join(T(("p", "q"))))
print("é".join(["a", "b", "c"]), "-".join(["ü", "ß", "x"]), len("–".join(["a", "b"])))
print("-".join(["", "", ""]), repr("".join(["", ""])))
print("-".join(["a" * 20, "b" * 17, "c" * 9, "d", ""]))
for bad in (["a", 1], ("a", None), ["a", b"b"], [1]):
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)
print("-".join(iter(["i", "t"])), "-".join({"k": 1}), "-".join("abc"))
r = "-".join(parts).replace("0", "o").upper()
print(r, parts)
r = "-".join([one, one]).replace("o", "0")
print(r, one)
print("+".join(["a", "b"]).lower()[::-1])
