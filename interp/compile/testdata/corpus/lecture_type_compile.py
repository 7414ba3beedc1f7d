type(compile("1 + 1", "", "eval"))
