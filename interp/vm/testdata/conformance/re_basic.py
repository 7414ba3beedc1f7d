import re
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.search(r"[a-z]+", "123abc456").span(), re.fullmatch(r"a.c", "abc") is not None)
print(re.findall(r"\w+", "hello, big world"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(-)", "a-b"))
print(re.sub(r"\s+", " ", "a   b \t c"), re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.subn("a", "b", "aaa"), re.sub("x", lambda m: m.group().upper(), "xyx"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date: 2023-07-15")
print(m.group(0), m.group(1), m.group("mon"), m.groups(), m.groupdict(), m.start(), m.end(), m.span(2), m.lastindex, m.string[:4])
print([m.group() for m in re.finditer(r"\d", "a1b22c333")], re.escape("a.b*c"), re.compile(r"ab+").pattern)
