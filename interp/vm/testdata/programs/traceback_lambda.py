data = [3, 0, 1]
print(sorted(data, key=lambda x: 10 // x))
