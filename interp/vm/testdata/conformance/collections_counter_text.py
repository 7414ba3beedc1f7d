from collections import Counter
text = "the quick brown fox jumps over the lazy dog the end"
c = Counter(text.split())
print(c.most_common(3), c["the"], c["cat"], sum(c.values()), len(c))
letters = Counter(ch for ch in text if ch.isalpha())
print(letters.most_common(5), sorted(letters.items())[:4])
a, b = Counter("aabbbc"), Counter("abd")
print(a + b, a - b, a & b, a | b, (a - b)["c"], dict(a))
print(Counter({"x": 3}).most_common(), list(Counter("zyx").elements()), Counter() == Counter())
