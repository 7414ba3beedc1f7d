# one-byte replaces over text around and past the word size, alone and
# in chains (swapped a word at a time, the last word overlapping)
for n in range(0, 21):
    for pos in (0, n // 2, n - 1):
        base = "".join(chr(ord("b") + (i % 20)) for i in range(n))
        t = base[:pos] + "a" + base[pos + 1:] if 0 <= pos < n else base
        r = t.replace("a", "4")
        c = "-".join([t, "a"]).replace("|", "/").replace("a", "4")
        same = t.replace("a", "a")
        print(n, pos, r, c, same == t, t.replace("b", "a").count("a"))
parts = ["00001", "alpha", "ALPHA", "  3", "0.143"]
print("-".join(parts).replace("|", "/").replace("a", "4"))
print("|".join(parts).replace("|", "/").replace("a", "4"))
print("-".join(["aaaaaaaaa", "aa"]).replace("a", "b").replace("b", "a"))
