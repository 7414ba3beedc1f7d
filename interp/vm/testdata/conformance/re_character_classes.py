import re
s = "Tel: +1 (555) 010-9999, email: A.B_c@ex-ample.org; ZIP 02139 é"
print(re.findall(r"\d+", s), re.findall(r"[A-Z]", s), re.findall(r"\w+@[\w.-]+", s), re.findall(r"[^\w\s]", s))
print(re.findall(r"\s", "a b\tc\nd"), re.findall(r"\W+", "a, b!c"), re.findall(r"[a-c]+", "abcdcba"), re.findall(r"\D+", "a1bb22"))
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"), re.findall(r"[\u00e0-\u00ff]", "héllo"))
print(re.match(r"\d{3}-\d{4}", "555-0100").group(), re.findall(r"(?i)hello", "Hello HELLO"), re.findall(r"colou?r", "color colour"))
print(bool(re.match(r"^[\w.+-]+@\w+\.\w+$", "x.y+z@mail.com")), bool(re.match(r"^\d*$", "")), re.findall(r"\\", r"a\b"))
