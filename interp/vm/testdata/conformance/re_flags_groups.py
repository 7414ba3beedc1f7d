import re
print(re.findall(r"^\w", "ab\ncd\nef", re.M), re.findall(r"a.b", "a\nb", re.S), re.findall("ABC", "abc", re.I), re.findall(r"""a \d  # comment
""", "a1 a2", re.X))
p = re.compile(r"(a)(b)?(?:c)(?=d)")
m = p.search("xacd")
print(m.groups(), m.groups("dflt"), m.group(0, 1), p.groups, p.flags & re.U != 0)
print(re.findall(r"(?<=\$)\d+", "$10 and $20"), re.findall(r"(?<!x)y", "xy zy"), re.findall(r"\bcat\b", "cat concat cat."), re.findall(r"a{2,3}", "aaaa aa a"))
print(re.findall(r"a*?b", "aab"), re.findall(r"<.*>", "<a><b>"), re.findall(r"<.*?>", "<a><b>"), re.findall(r"(a|b)+", "abab"))
print(re.sub(r"(\d+)", r"<\1>", "a1b22"), re.sub(r"(?P<n>\d)", r"\g<n>\g<n>", "a1"), re.findall(r"[^\W\d]+", "ab1 cd_2"), re.findall(r"\S+", " x  y "))
print(re.match(r"(\w+) \1", "hey hey there").group(), re.search(r"\Aab\Z", "ab") is not None, re.findall(r"[\d.]+", "v1.2.3"))
try:
    re.compile("(")
except re.error as e:
    print("re.error", e)
