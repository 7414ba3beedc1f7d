import re
print(re.split(r"\s+", " a b  c "), re.split(r"(\d)", "a1b2c"), re.split(",", "a,b,c,d", maxsplit=2), re.split(r"x*", "axbc"))
print(re.sub(r"a", "b", "aaaa", count=2), re.sub(r"^", ">", "l1\nl2", flags=re.M), re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn(r"\s", "", " a b "), re.sub("", "-", "abc"))
p = re.compile(r"(?P<k>\w+)=(?P<v>\w+)")
print(p.findall("a=1 b=2"), [m.groupdict() for m in p.finditer("x=y z=w")], p.sub(r"\g<v>:\g<k>", "a=1"), p.match("k=v").expand(r"\2-\1"))
print(p.search("  q=r").start(), p.fullmatch("a=b") is not None, p.match(" a=b"), p.groupindex["v"], p.pattern)
