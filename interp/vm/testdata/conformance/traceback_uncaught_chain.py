class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError("cannot parse %r" % s) from e
parse("12")
print("ok so far")
parse("x1")
