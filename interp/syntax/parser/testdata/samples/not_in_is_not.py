a not in b not in c
a is not b is c
