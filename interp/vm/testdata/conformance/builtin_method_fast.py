# The CALL_METHOD arm's direct call of a Go method on its own exact type:
# exceptions from the method (traceback lines), subclasses overriding the
# method, methods put on instances and classes, keywords, wrong argument
# counts, l.append and set methods, results dropped and kept.
import sys
import traceback


def show(fn):
    try:
        r = fn()
        print("ok", repr(r))
    except Exception:
        print(traceback.format_exc().rstrip().splitlines()[-3:])


s = "  Hello, World  "
print(s.upper(), s.strip(), s.lower(), s.startswith("  H"), s.find("o"))
print(s.split(","), s.replace("l", "L"), "-".join(["a", "b"]))
print(s.strip().split(), s.find("zz"), s.rstrip().lstrip())

# errors raised inside the method, with the line of the call
show(lambda: "abc".index("z"))
show(lambda: "abc".startswith(1))
show(lambda: "-".join([1, 2]))
show(lambda: "x".split(""))
show(lambda: [1, 2].index(3))
show(lambda: {}.pop("k"))
show(lambda: [].pop())


def raiser():
    a = "abc"
    b = 1
    a.find(
        "b")
    return a.replace(b, "x")


show(raiser)

# wrong argument counts, 3.7's messages
show(lambda: "a".upper(1))
show(lambda: "a".replace("a"))
show(lambda: "a".strip(" ", " "))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: {}.get())
show(lambda: "a".find())
show(lambda: "a".join())
show(lambda: "a".startswith())

# keywords
show(lambda: "a b c".split(sep=" ", maxsplit=1))
show(lambda: "a b".split(maxsplit=0))
show(lambda: sorted([3, 1, 2], reverse=True))
l = [3, 1, 2]
l.sort(key=lambda x: -x)
print(l)
show(lambda: "a".upper(x=1))
show(lambda: [].append(x=1))


# subclasses overriding the method
class S(str):
    def upper(self):
        return "S.upper(" + str.upper(self) + ")"


class S2(str):
    pass


class L(list):
    def append(self, x):
        list.append(self, x * 10)


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


print(S("ab").upper(), S("ab").lower(), S2("cd").upper(), S2("x").strip())
ll = L()
ll.append(1)
ll.append(2)
print(ll, D().get("k"), D(a=1).keys())
show(lambda: S2("abc").index("z"))


# methods put on instances and classes
class C:
    pass


c = C()
c.upper = "xy".upper
c.app = [].append
c.f = str.upper
print(c.upper(), c.app(5), c.f("q"))


class K:
    up = str.upper
    app = list.append
    get = dict.get


k = K()
show(lambda: k.up())
show(lambda: k.app(1))
show(lambda: k.get(1))
print(K.up("abc"))


# a receiver of the wrong type through the unbound method
show(lambda: str.upper(1))
show(lambda: list.append((), 1))

# appends and set methods, results dropped and kept
acc = []
for i in range(5):
    acc.append(i)
    r = acc.append(-i)
    print(r, end=" ")
print(acc)
st = set()
for i in range(4):
    st.add(i)
    st.add("s%d" % i)
    st.discard(1)
print(sorted(st, key=str))
show(lambda: st.remove(99))
show(lambda: st.remove("nope"))

# methods calling back into Python code
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, other.v)
        return self.v == other.v


d = {Key(1): "one"}
print(d.get(Key(1)), d.get(Key(2), "none"))


class Bad:
    def __hash__(self):
        raise ValueError("no hash")


def badget():
    d = {}
    return d.get(Bad())


try:
    badget()
except ValueError:
    print(traceback.format_exc().rstrip().splitlines()[-5:])


# recursion through a builtin method that runs Python code
def deep(n):
    if n == 0:
        return 0
    return sorted([n], key=lambda x: deep(x - 1))[0]


print(deep(50))
sys.setrecursionlimit(60)
try:
    deep(100)
except RecursionError as e:
    print("RecursionError", e)
sys.setrecursionlimit(1000)


# how deep a method that runs Python code may nest under a limit
def deepm(n):
    if n == 0:
        return 0
    l = [n]
    l.sort(key=lambda x: deepm(x - 1))
    return l[0]


def deepest(fn, limit):
    sys.setrecursionlimit(limit)
    best = -1
    for n in range(0, limit):
        try:
            fn(n)
        except RecursionError:
            break
        best = n
    sys.setrecursionlimit(1000)
    return best


print(deepest(deep, 100), deepest(deepm, 100))

# the method's result used right away and in expressions
words = ["alpha", "beta", "gamma"]
out = []
for w in words:
    out.append(w.upper().lower().strip().replace("a", "4"))
print(out, "|".join(out).split("|"), " x ".strip().upper())
print([w.find("a") for w in words], [w.startswith("b") for w in words])
