def parse_prefix(formula):
    tokens = formula.split()

    if len(tokens) == 1: return tokens[0]

    mid = ' '.join(tokens[1:-1])

    return '(' + parse_prefix(mid) + tokens[0] + tokens[-1] + ')'

print('+ 1 3'.split()[1:-1])
print(parse_prefix("- + + * - 3 4 1 1 10 91"))
print(parse_prefix("+ 3 - 9 10"))
