# s[::-1] and other step -1 slices of ascii strs copy a word at a time;
# every length around the word size, every bound, subclasses and
# non-ascii text must give what CPython gives.


class S(str):
    pass


base = "0123456789abcdefghijklmnopqrstuvwxyz"
for n in range(0, 20):
    s = base[:n]
    print(n, s[::-1], s[n // 2::-1], s[:n // 3:-1], s[-2::-1], s[100:-100:-1])
for n in (24, 31, 32, 33):
    s = base[:n]
    print(n, s[::-1] == "".join(reversed(s)), s[::-1][::-1] == s)
print(S("hello")[::-1], type(S("hello")[::-1]).__name__)
print("héllo wörld"[::-1], "日本語"[::-1], "a\udcffb"[::-1] == "b\udcffa")
print("abc"[::-1] is "abc", "racecar" == "racecar"[::-1])
print([w[::-1] for w in "alpha beta gamma delta epsilon".split()])
