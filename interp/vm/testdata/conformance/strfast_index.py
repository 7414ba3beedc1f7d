# Indexing a str with an int: the ascii fast path (shared one-char strs)
# must agree with the general path on every shape it does not cover.


def load_fast(s, i):
    return s[i]          # LOAD_FAST s; LOAD_FAST i; BINARY_SUBSCR


def load_const(s):
    return (s[0], s[-1], s[2])


def store_local(s, i):
    ch = s[i]            # subscript stored straight to a local
    return ch


def on_stack(s, i):
    return (s + "")[i]   # container computed on the stack


def expr_index(s, i):
    return s[i + 1]      # index computed on the stack


def probe(label, f, *args):
    try:
        r = f(*args)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


src = "ab c;9_Z"
for i in range(-10, 10):
    for f in (load_fast, store_local, on_stack, expr_index):
        probe((f.__name__, i), f, src, i)
probe("const", load_const, src)
probe("const-short", load_const, "ab")
probe("empty", load_fast, "", 0)
probe("empty-neg", store_local, "", -1)

# identity: one-char results are the shared strs, as in CPython
print(src[0] is "a", store_local(src, -1) is "Z", src[3] is ";")

# bool and big int indexes
probe("true", load_fast, src, True)
probe("false", store_local, src, False)
probe("big", load_fast, src, 2 ** 70)
probe("bigneg", store_local, src, -2 ** 70)
probe("big-in-range", load_fast, src, 2 ** 70 - 2 ** 70 + 3)
probe("float", load_fast, src, 1.0)
probe("none", store_local, src, None)


class Idx:
    def __index__(self):
        return -2


probe("__index__", load_fast, src, Idx())


class MyInt(int):
    pass


probe("intsub", store_local, src, MyInt(4))

# non-ascii text, indexed by code point
for s in ("h\xe9llo", "\u4e2d\u6587x", "a\U0001f600b", "x\udc80y", "\ud800"):
    for i in (0, 1, 2, -1, -2, 3, 7):
        probe(("na", ascii(s), i), load_fast, s, i)
        probe(("na-store", ascii(s), i), store_local, s, i)

# a str made ascii by slicing a non-ascii one, and the other way round
t = "\xe9abc"[1:]
probe("slice-ascii", load_fast, t, 1)
u = ("abc" + "\xe9")
probe("concat-na", store_local, u, -1)
probe("concat-na2", store_local, u, 0)


class S(str):
    def __getitem__(self, i):
        return "S[%r]" % (i,)


class Plain(str):
    pass


for s in (S("hello"), Plain("hello")):
    for i in (0, -1, 9):
        probe(("sub", type(s).__name__, i), load_fast, s, i)
        probe(("sub-store", type(s).__name__, i), store_local, s, i)
    probe(("sub-const", type(s).__name__), load_const, s)

# a scanner loop, the shape the fast path is for
text = "x = 12 + foo_bar * (3 - 45);"
out = []
pos = 0
while pos < len(text):
    ch = text[pos]
    if ch.isdigit():
        j = pos
        while j < len(text) and text[j].isdigit():
            j += 1
        out.append(text[pos:j])
        pos = j
        continue
    if ch != " ":
        out.append(ch)
    pos += 1
print(out)

# == and != of exact strs: same length, first byte alike or not
words = ["push", "load", "pusH", "push"[:2] + "sh", "", "" + "", "p",
         "\xe9t\xe9", "\xe9t\xe8", "x\udc80", "x\udc81", src[0], "a"]
for a in words:
    print([(a == b, a != b) for b in words])
op = "lo" + "ad"
for name in ("push", "load", "store", "halt"):
    if op == name:
        print("dispatch", name)


def deep():
    return src[len(src)]


deep()
