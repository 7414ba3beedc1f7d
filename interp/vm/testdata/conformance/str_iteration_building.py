s = "hello"
print([c for c in s], list(enumerate(s))[:2], "".join(reversed(s)), "-".join(s), s.index("l"), [i for i, c in enumerate(s) if c == "l"])
parts = []
for i in range(5):
    parts.append(str(i) * i)
print("|".join(parts), len("".join(parts)))
acc = ""
for w in ["a", "b", "c"]:
    acc += w.upper()
print(acc, acc.lower(), sorted(acc, reverse=True))
print("".join(chr(ord("a") + i) for i in range(26)), ord("z") - ord("a"))
print(dict((c, s.count(c)) for c in sorted(set(s))))
