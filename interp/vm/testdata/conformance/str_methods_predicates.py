tests = ["abc", "ABC", "123", "12.3", "a1", " ", "", "Ab Cd", "½", "²", "٣", "x_y", "_x", "1x", "class"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalnum(),
          t.isspace(), t.isidentifier(), t.isprintable(), t.isascii())
