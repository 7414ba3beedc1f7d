s = "xxhixyx"
print(repr("  hi \n".strip()), repr("  hi ".lstrip()), repr("  hi ".rstrip()))
print(s.strip("x"), s.lstrip("x"), s.rstrip("xy"))
print(repr("\t\n\x0b\x0c\r x".strip()))
print("www.example.com".strip("cmowz."))
