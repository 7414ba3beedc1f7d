import string
class Dollar(string.Template):
    delimiter = "#"
print(Dollar("#a and #{b}").substitute(a=1, b=2), string.Template("$x$y").substitute({"x": 1}, y=2))
try:
    string.Template("$").substitute()
except ValueError as e:
    print(e)
class UpperFormatter(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(UpperFormatter().format("{} and {:>6}", "abc", "de"), string.Formatter().vformat("{0}{k}", ("a",), {"k": "b"}))
print(string.ascii_lowercase.index("q"), string.digits[::-1], "".join(c for c in "a1!b2?" if c in string.ascii_letters))
