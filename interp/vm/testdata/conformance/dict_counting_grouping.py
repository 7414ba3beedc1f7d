words = "one two three two three three four four four four".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts, key=counts.get, reverse=True))
groups = {}
for w in words:
    groups.setdefault(len(w), set()).add(w)
print({k: sorted(v) for k, v in sorted(groups.items())})
first = {}
for i, w in enumerate(words):
    first.setdefault(w, i)
print(first, list(first.items())[-1], dict.fromkeys(words))
