not a in b
a not in b
