def numbers():
    yield 1
    yield 2
    yield "three"
def doubled(src):
    for n in src:
        yield n * 2 + 1
print(list(doubled(numbers())))
