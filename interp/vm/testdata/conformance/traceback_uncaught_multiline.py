def compute(values):
    total = sum(
        v * 2
        for v in values
    )
    return total / len(values)
print(compute([1, 2]))
compute([])
