print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print(",".join(["a", "b", "c"]), "".join(str(i) for i in range(5)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("ab".join("xyz"))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4))
