# Str chains whose intermediate results the VM may write over in place
# (vm/strchain_fresh.go): each step's result must stay unseen by anyone
# but the next step. Everything that could see it, or that is shared,
# must come out unchanged.


def show(*a):
    print(*[repr(x) for x in a])


def joins():
    parts = ["alpha", "beta", "gamma"]
    for i in range(3):
        s = "-".join(parts).replace("|", "/").replace("a", "4")
        show(s, parts)
    one = ["banana"]
    keep = one[0]
    s = "".join(one).replace("a", "o")  # join of one item returns the item
    show(s, keep, one, keep is one[0])
    t = ("ab", "cd")
    show("+".join(t).upper().lower(), t)
    show("".join(["a", "b"]).replace("ab", "xy").replace("xy", "q"))
    show("".join(["", ""]).replace("a", "b"), "".join(["x", ""]).upper())
    g = (c for c in "abc")
    show("-".join(g).replace("-", "+").upper())


def strips():
    for t in ["abc", "  abc  ", "x", "", "  ", " a ", "ab"]:
        last = (" " + t.strip() + " ").strip().lower()[::-1]
        show(t, last, last == "", last is "")
    w = "KeepMe"
    u = (" " + w + " ").strip()
    v = u.lower()
    show(w, u, v)
    show(("\t" + w + "\n").lstrip().upper(), ("\t" + w + "\n").rstrip().upper())
    a = "Hello"
    b = a.strip().lower()  # strip returns a itself: not fresh
    show(a, b)
    c = (a + " ").strip().upper()[::-1]
    show(a, c)
    d = ("x" + a).upper()[::-1]
    show(a, d)
    e = (a + "").lower()  # a + "" is a
    show(a, e)
    f = ("" + a + "").upper()
    show(a, f)


class S(str):
    def lower(self):
        return "sub-lower"

    def strip(self, *a):
        global seen
        seen = self
        return self


class Adder:
    def __radd__(self, other):
        global grabbed
        grabbed = other
        return other


seen = None
grabbed = None


def subclasses():
    s = S("  ABC  ")
    show(type(s.strip().lower()), s.strip().lower())
    show((s + "X").lower(), type(s + "X"))
    r = ("ab" + S("CD") + "EF").lower()
    show(r, type(r))
    x = ("AB" + "CD").strip()
    show(x)
    # a + b + c where c is not a str: the middle result is seen by __radd__
    try:
        y = ("ab" + "cd" + Adder()).upper()
        show(y, grabbed)
    except Exception as ex:
        show(type(ex).__name__, str(ex))
    z = "PQ"
    try:
        (z + 1).lower()
    except TypeError as ex:
        show(str(ex))


def replaces():
    for s in ["aaaa", "abab", "xyz", "aXa", "aaa"]:
        show(("" + s + "!").replace("aa", "bb").replace("b", "c"), s)
        show((s + "?").replace("a", "").upper(), s)
        show((s + "?").replace("a", "Ä").lower(), s)
        show((s + "?").replace("a", "zz", 1).upper(), s)
    k = "const"
    show((k + "ant").replace("n", "m"), k)
    try:
        ("a" + "b").replace(1, "c")
    except TypeError as ex:
        show(str(ex))
    try:
        ("a" + "b").upper(1)
    except TypeError as ex:
        show(str(ex))
    try:
        ("a" + "b").strip(1)
    except TypeError as ex:
        show(str(ex))


def slices():
    for s in ["abc", "ab", "a", ""]:
        show((s + "X").lower()[::-1], (s + "Y").upper()[::2], (s + "Z").lower()[1:], s)
    t = "Hello"
    show(t.lower()[::-1], t)
    u = (t + "").upper()[::-1]
    show(u, t)
    x = (t + "!").lower()[::-1]
    show(x, t, hash(x) == hash("!olleh"))


def hashing():
    d = {}
    for i in range(4):
        k = ("k" + str(i) + "x").upper()
        d[k] = i
        k2 = ("K" + str(i) + "X").lower().upper()
        show(k2 in d, d.get(k2), hash(k2) == hash(k))
    h = ("ab" + "cd" + "ef")
    hash(h)
    g = h.upper()  # h is stored: not fresh
    show(h, g, hash(h) == hash("abcdef"))


def unicode():
    s = "Straße"
    show((s + " ").strip().upper(), (s + "x").lower()[::-1], s)
    show(("é" + "ab" + "c").upper()[::-1])


def long():
    base = "x" * 300
    t = base + "y"
    u = (t + "Z").lower()
    show(len(u), u[-3:], t[-3:])
    acc = ""
    for i in range(50):
        acc += "ab"
    v = (acc + "C").lower().upper()[::-1]
    show(len(acc), acc[:6], v[:6])


def loop_reuse():
    out = []
    for i in range(5):
        w = ["ab", "CD"][i % 2]
        s = ("[" + w + "]").lower().upper()
        out.append(s)
    show(out, out[0] is out[2])


def gen():
    for w in ["Ab", "cD"]:
        yield (w + "-").lower()[::-1]


joins()
strips()
subclasses()
replaces()
slices()
hashing()
unicode()
long()
loop_reuse()
show(list(gen()))
show(seen)


class Doc:
    def __init__(self, text):
        self.text = text

    def join(self, parts):
        return Doc(self.text.join(parts))

    def replace(self, a, b):
        if a == "!":
            raise ValueError("no bangs")
        return Doc(self.text.replace(a, b))

    def upper(self):
        return self.text.upper()

    def lower(self):
        yield self.text.lower()


def methods():
    d = Doc("-")
    show(d.join(["a", "b"]).replace("a", "x").upper())
    show(list(Doc("AB").join("xy").lower()))
    try:
        d.join(["a", "!"]).replace("!", "?").upper()
    except ValueError as ex:
        show(str(ex))
    b = [1, 2].copy
    show(type(b).__name__)


methods()
Doc("-").join(["a", "b"]).replace("!", "?").upper()
