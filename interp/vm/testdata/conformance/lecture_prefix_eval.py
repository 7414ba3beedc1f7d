def parse_prefix(s):
    tokens = s.split()
    def walk(i):
        t = tokens[i]
        if t in "+-*/":
            left, i = walk(i + 1)
            right, i = walk(i)
            return "(%s %s %s)" % (left, t, right), i
        return t, i + 1
    return walk(0)[0]
expr = parse_prefix("- + + * - 3 4 1 1 10 91")
print(expr)
print(eval(parse_prefix("- + + * - 3 4 1 1 10 91")))
print(eval(parse_prefix("* + 1 2 - 10 4")))
