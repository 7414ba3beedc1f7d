data = [1, 2, 0, 4]
inv = [(lambda v: 10 // v)(x) for x in data]
