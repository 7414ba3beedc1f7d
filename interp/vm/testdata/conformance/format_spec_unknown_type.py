# format specs whose presentation type is not printable ascii
for v in ["é", 5, 2.5, 1 + 2j, True, -7]:
    for spec in ["ü", "\x01", ">5ü", "ü5", "üü", "\x7f", "€", "x", "5\u00e9", "<\u00e9", "05x", "=5x", "0ü", "=ü", "5,x", "+#x", "5.2x"]:
        try:
            print(repr(v), repr(spec), repr(format(v, spec)))
        except Exception as e:
            print(repr(v), repr(spec), type(e).__name__, e)
print("{0:{1}}".format("é", "ü") if False else "")
try:
    "{0:{1}}".format("é", "ü")
except ValueError as e:
    print(e)
try:
    f"{3:\u00fc}"
except ValueError as e:
    print(e)
