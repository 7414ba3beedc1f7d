for s in ["hello World", "ÉCOLE", "ß", "hello_world 2nd", "ǅ", "i̇"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("Hello".isupper(), "HELLO".isupper(), "hello".islower(), "Hello World".istitle())
print("they're bill's".title())
