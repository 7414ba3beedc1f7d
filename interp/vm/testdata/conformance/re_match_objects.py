import re
m = re.match(r"(\w+)(?: (\w+))?", "hello")
print(m.group(1), m.group(2), m.groups(), m.span(1), m.span(2), m.start(2), m.lastindex, m.lastgroup, m.re.pattern, m.pos, m.endpos)
m2 = re.search(r"(?P<first>\w)(?P<rest>\w*)", "  word")
print(m2.lastgroup, m2["first"], m2[0], m2.group("rest", 1), m2.end("rest"))
print(repr(re.compile("a+")), repr(re.compile("b", re.I)))
print(re.search("x", "abc") is None, bool(re.search("", "")), re.match("a", "ba"), re.search("a", "ba").span())
print(re.purge() if False else "", re.IGNORECASE == re.I, int(re.M), int(re.S), int(re.X), int(re.A), int(re.I))
