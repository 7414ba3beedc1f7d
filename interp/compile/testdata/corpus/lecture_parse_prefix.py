def parse_prefix(formula):
    tokens = formula.split()
    
    if len(tokens) == 1: return tokens[0]
    
    mid = ' '.join(tokens[1:-1])
    
    return '(' + parse_prefix(mid) + tokens[0] + tokens[-1] + ')'
