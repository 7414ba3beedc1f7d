print("abc" < "abd", "ab" < "abc", "B" < "a", "abc" == "abc", "a" * 3, 3 * "ab", "a" + "b")
print("x" in "xyz", "" in "abc", "xz" not in "xyz")
print(max("hello"), min("hello"), sorted("hello"))
print("abc" * 0, "abc" * -1 == "")
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" < 1
except TypeError as e:
    print(e)
