eval(parse_prefix("- + + * - 3 4 1 1 10 91"))
