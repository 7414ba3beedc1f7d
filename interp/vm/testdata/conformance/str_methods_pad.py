print(repr("ab".center(7, "*")), repr("ab".center(6)), repr("abc".ljust(6, ".")), repr("abc".rjust(6)))
print("42".zfill(5), "-42".zfill(5), "+4".zfill(4), "abc".zfill(2))
print(repr(format("x", "^5")), repr("abc".center(2)))
