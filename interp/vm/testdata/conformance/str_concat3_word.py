# a + b + c of a word between one-character strs, for words of every
# length around the copies' sizes, ascii and not, and chained on
def f(a, w, c):
    return a + w + c

for n in range(0, 20):
    w = "".join(chr(ord("a") + i) for i in range(n))
    for a, c in ((" ", " "), ("<", ">"), ("é", " "), (" ", "\u3000"), ("ab", "c"), ("", "-")):
        r = f(a, w, c)
        print(n, repr(r), len(r), r == a + w + c)
    t = w
    print(repr((" " + t + " ").strip().lower()[::-1]), repr(("<" + t + ">").upper()))
    u = w + "é" if n else "é"
    print(repr(" " + u + " "), repr((" " + u + " ").strip()))
