# s.strip() / lstrip() / rstrip() with no argument on ascii text whose
# ends are not whitespace answer s itself (3.7 returns self for an exact
# str); everything else is stripped or copied as usual.
class S(str):
    pass

words = ["alpha", "b", "ab", "x y", "\x7fz\x7f", "!", "~~", "a\x1f", "\x1ca", " a ", "\ta\n",
         "\x0ba\x0c", "\ra\x1d", "\x1e", "", "  ", "a\u3000", "\u3000a", "\u3000", "\x85a\x85",
         "\xa0b\xa0", "é", "aé", "!\x20"]
for w in words:
    for name in ("strip", "lstrip", "rstrip"):
        r = getattr(w, name)()
        print(name, repr(w), repr(r), r is w, type(r).__name__)
    for v in (w.strip(), w.lstrip(), w.rstrip()):
        print(repr(v), end=" ")
    print()

for w in words:
    s = S(w)
    for r in (s.strip(), s.lstrip(), s.rstrip()):
        print(repr(r), type(r).__name__, r is s, r == w.strip() or r == w.lstrip() or r == w.rstrip())

# the loop of strings.py: built text, stripped in a chain
digest = []
for w in ["alpha", "beta", "gamma", "x", "ab"]:
    t = ""
    for ch in w:
        t += chr(ord(ch) ^ 1)
    u = t.strip()
    digest.append((u is t, (" " + t.strip() + " ").strip().lower()[::-1]))
print(digest)

for bad in ((1,), ("a", "b"), (None, 1)):
    try:
        "abc".strip(*bad)
    except TypeError as e:
        print("TypeError", e)
print("abc".strip(None) == "abc", "xabcx".strip("x"), "abc".strip(None) is not None)
