def averager():
    total = count = 0
    avg = None
    while True:
        v = yield avg
        total += v; count += 1
        avg = total / count
a = averager(); next(a)
print([a.send(v) for v in [10, 20, 30, 40]])
def grep(pattern):
    print("looking for", pattern)
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)
gg = grep("py"); next(gg)
for l in ["python", "java", "pypy", "go"]:
    gg.send(l)
gg.close()
