def read(lines):
    for l in lines:
        yield l
def grep(pat, lines):
    return (l for l in lines if pat in l)
def upper(lines):
    for l in lines:
        yield l.upper()
data = ["apple pie", "banana", "cherry pie", "date"]
print(list(upper(grep("pie", read(data)))))
def enum(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
print(dict(enum("abc", 1)))
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 3)))
def primes():
    seen = []
    n = 2
    while True:
        if all(n % p for p in seen):
            seen.append(n)
            yield n
        n += 1
p = primes()
print([next(p) for _ in range(20)])
