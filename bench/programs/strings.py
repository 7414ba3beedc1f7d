# String work: building with join and +=, split, replace, f-strings and
# % / format, slicing, upper/lower/strip, find, startswith, ord/chr.
# Modules: none.
N = 120000


def main():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    total = 0
    digest = 0
    last = ""
    for i in range(N):
        w = words[i % len(words)]
        line = f"{i:05d}|{w}|{w.upper()}|{i * 3 % 17:>3}|{i / 7:.3f}"
        parts = line.split("|")
        total += len(parts[1]) + int(parts[3]) + len(parts[4])
        s = "-".join(parts).replace("|", "/").replace("a", "4")
        s2 = "%s:%d:%x" % (w, i, i) + "{0}{1}".format(w[:2], w[-2:])
        if s.startswith("0") and s2.find(w) >= 0:
            digest = (digest * 131 + len(s) + ord(s2[0])) % 1000003
        t = ""
        for ch in w:
            t += chr(ord(ch) ^ 1)
        digest = (digest + sum(map(ord, t))) % 1000003
        last = (" " + t.strip() + " ").strip().lower()[::-1]
    print("strings", N, total, digest, last)


main()
