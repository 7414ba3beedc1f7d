import io
f = io.StringIO("line1\nline2\n\nline3\n")
for line in iter(f.readline, ""):
    print(repr(line))
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
