s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:], s[-3:-1], s[8:2:-2], s[100:], s[-100:2])
print(s[slice(1, 8, 3)], s[::-3])
i = slice(None, None, -1)
print(s[i], i)
