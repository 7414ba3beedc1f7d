for i, (a, b) in enumerate(pairs):
    pass
