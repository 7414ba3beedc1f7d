def parse(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("bad input %r" % s)
def main():
    try:
        parse("x")
    except TypeError as e:
        raise RuntimeError("main failed") from e
main()
