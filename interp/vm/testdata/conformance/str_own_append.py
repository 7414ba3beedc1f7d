# t += e on a str local appended in place when the local is its only
# holder (vm/strown.go): aliases, frame objects, locals(), subclasses,
# __iadd__/__radd__, non-ascii text, errors and long texts must all see
# CPython's values.
import sys


def basic(words):
    out = []
    for w in words:
        t = ""
        for ch in w:
            t += chr(ord(ch) ^ 1)
        out.append(t)
    return out


def aliases_():
    saved = []
    for r in range(3):
        t = "ab"
        for c in "xyz":
            t += c
        saved.append(t)  # read outside the inner loop
        for c in "123":
            t += c
        saved.append(t)
    return saved


def alias_in_loop():
    saved = []
    t = ""
    for c in "abcdef":
        t += c
        saved.append(t)
    return saved


def binary_form():
    t = "q"
    keep = []
    for i in range(12):
        t = t + str(i)
        if i % 4 == 0:
            pass
    keep.append(t)
    return keep


grabbed = []


def grab():
    grabbed.append(sys._getframe(1).f_locals["t"])
    return "!"


def frame_object():
    t = "ab"
    for i in range(4):
        t += grab()
    return t


def with_locals():
    t = "xy"
    seen = []
    for i in range(4):
        t += str(len(locals()["t"]))
    seen.append(t)
    return seen


def pick(i):
    if i == 2:
        raise KeyError(i)
    return "k"


def caught():
    t = "st"
    for i in range(5):
        try:
            t += pick(i)
        except KeyError as e:
            err = e
    return t


class S(str):
    def __radd__(self, other):
        return "R(" + other + ")"


class T(str):
    pass


def subclasses():
    t = "ab"
    for x in [S("x"), "y", T("z"), "w"]:
        t += x
    u = T("ab")
    for x in "cd":
        u += x
    return t, type(t).__name__, u, type(u).__name__


class Acc:
    def __init__(self):
        self.parts = []

    def __iadd__(self, other):
        self.parts.append(other)
        return self

    def __add__(self, other):
        return "add:" + other


def user_types():
    t = Acc()
    for c in "abc":
        t += c
    u = Acc()
    for c in "de":
        u = u + c
    return t.parts, u


def non_ascii():
    res = []
    for seed in ["", "a", "é", "ab"]:
        t = seed
        for c in ["x", "é", "y", "\u20ac", "\U0001f600", "z", "\ud800", "w"]:
            t += c
        res.append((ascii(t), len(t), t[3:5] == t[3:5]))
    return res


def long_texts():
    out = []
    t = ""
    for i in range(300):
        t += "abcdefg"[i % 7]
        if i in (7, 8, 23, 24, 215, 216, 217, 255, 256, 299):
            pass
    out.append((len(t), t[:20], t[200:230], t[-10:], hash(t) == hash("".join(t))))
    u = "x" * 250
    for i in range(10):
        u += "yz"
    out.append((len(u), u[-25:]))
    return out


def identity():
    c = "q"
    t = ""
    for _ in range(1):
        t += c
    same = t is c
    e = ""
    u = "abc"
    for _ in range(3):
        u += e
    return same, u


def hashes():
    d = {}
    for n in range(1, 12):
        t = ""
        for i in range(n):
            t += "mn"[i % 2]
        d[t] = n
    s = ""
    for c in "mnmnm":
        s += c
    return d["mnmnm"], d.get(s), s in d, sorted(d.values())


def errors():
    msgs = []
    for v in [1, None, b"x", ["l"]]:
        t = "ab"
        try:
            for _ in range(2):
                t += v
        except TypeError as e:
            msgs.append(str(e))
    try:
        for _ in range(2):
            z += "a"
    except UnboundLocalError as e:
        msgs.append(str(e))
    return msgs


def rec(n):
    t = str(n)
    for i in range(2):
        t += rec(n - 1) if n > 0 else "."
    return t


def reentry():
    # a recursive call inside e runs the same code in another frame
    return rec(3)


def gen():
    t = ""
    for c in "gen":
        t += c
        yield t


print(basic(["alpha", "beta", "epsilon", "", "a"]))
print(aliases_())
print(alias_in_loop())
print(binary_form())
print(frame_object(), grabbed)
print(with_locals())
print(caught())
print(subclasses())
print(user_types())
print(non_ascii())
print(long_texts())
print(identity())
print(hashes())
print(errors())
print(reentry())
print(list(gen()))


def beside_big_ints(n):
    # an int local rewritten in place (bigown) in the same function
    words = []
    x = 12345
    syll = ["ka", "lo", "mi", "ne"]
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        k = 1 + x % 3
        w = ""
        y = x >> 8
        for _ in range(k):
            w += syll[y % 4]
            y //= 4
        words.append(w)
    big = 10 ** 30
    for i in range(3):
        big = big + i
    return words, big


def repeat_alias():
    t = "ab"
    out = []
    for i in range(3):
        t += "c" * 1
        u = t * 1
        out.append(u)
    return out, t


print(beside_big_ints(12))
print(repeat_alias())


def reentered():
    # reads outside the loop keep their plain forms; the loop's entry
    # clears the record, so the saved strs never change
    saved = []
    t = "s"
    for r in range(4):
        for c in "ab":
            t += c
        saved.append(t)
        u = t
        saved.append(u)
    i = 0
    while i < 3:
        t += str(i)
        i += 1
    saved.append(t)
    w = t
    while True:
        t += "!"
        if len(t) > len(w) + 2:
            break
    saved.append((w, t))
    for c in "xyz":
        if c == "y":
            continue
        t += c
    saved.append(t)
    return saved


def raised_out():
    t = "r"
    keep = []
    for attempt in range(3):
        try:
            for i in range(4):
                t += pick(i)
        except KeyError:
            keep.append(t)
    keep.append(t)
    return keep


def two_sites():
    t = ""
    u = ""
    out = []
    for c in "abcd":
        t += c
        u += c.upper()
    out.append((t, u))
    for c in "ef":
        t += c
        t += c
    out.append(t)
    return out


print(reentered())
print(raised_out())
print(two_sites())


def chosen_by_rhs(s, n):
    # t never given a str constant: the f-string or constant on the right
    # marks the statement; an int local given "" once still counts right
    t = s[:0]
    for i in range(n):
        t += f"<{i}>"
        t += "."
    x = ""
    x = 0
    for i in range(n):
        x += i
    k = ""
    for i in range(n):
        k += str(i) + "é"
    seen = []
    m = ""
    for i in range(3):
        m += f"{len(sys._getframe().f_locals['m'])}"
        seen.append(sys._getframe().f_locals["m"])
    return t, x, k, seen, m


def defaults(t="d", u=""):
    for c in "xy":
        t += c
        u += c
    w = ""
    for c in "\u20ac\U0001f600a":
        w += c
    return t, u, w, len(w), defaults.__defaults__


def sub_acc():
    t = S("s")
    for c in "ab":
        t += c
    u = ""
    for c in [S("p"), T("q"), "r"]:
        u += c
    return t, type(t).__name__, u, type(u).__name__


print(chosen_by_rhs("abc", 4))
print(defaults())
print(sub_acc())
