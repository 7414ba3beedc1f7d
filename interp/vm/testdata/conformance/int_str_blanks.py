# int(s) of a short ascii decimal with C blanks around takes a fast
# parse; everything else must reach the general parser and its errors.
for s in ["  12 ", "+5", "-0", " 12", "\t\n\v\f\r7\r\n", "0", "-18", "000", "999999999999999999",
          "9999999999999999999", " -999999999999999999 ", "1_000", "1__0", "_1", "١٢", " ١٢ ",
          "+ 5", "--5", "+-5", "5 5", "12a", "", " ", "\x1c12", "12\x1f", "\xa012", "12\xa0",
          "\u200012", "+", "-", " + ", "0x10", "1e3", "12.0", "\x00"]:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
class S(str):
    pass
print(int(S(" 42 ")), type(int(S("7"))).__name__, int(" 12", 10), int(" 12", 16), int("  0x1f ", 0), int(" -12 ", base=8))
try:
    int(S("12a"))
except ValueError as e:
    print("ValueError", e)
for s, b in [("--5", 16), (" -+5 ", 10), ("+-0x5", 0), ("-0x-5", 0), ("- 5", 10), ("+_5", 10)]:
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print(repr(s), b, "ValueError", e)
