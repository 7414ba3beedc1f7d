s = "hello hello world"
print(s.find("lo"), s.find("lo", 4), s.rfind("lo"), s.find("zz"))
print(s.index("world"), s.rindex("hello"), s.count("l"), s.count("l", 5, 12), s.count(""))
print(s.startswith("he"), s.startswith(("x", "hel")), s.endswith("ld", 0, 17), s.endswith("lo", 0, 5))
try:
    s.index("zz")
except ValueError as e:
    print(e)
print("abc".find(""), "abc".rfind(""), "abc".find("", 10))
