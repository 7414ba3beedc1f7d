import sys
name = "_bytepy_test_file.txt"
with open(name, "w") as f:
    f.write("line one\n")
    f.write("line two\n")
    print(f.closed, f.name, f.mode)
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name) as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(name, "a") as f:
    f.writelines(["three\n", "four\n"])
for i, line in enumerate(open(name)):
    print(i, line.rstrip())
with open(name, "rb") as f:
    data = f.read()
print(data[:8], len(data))
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

open(name, "w").close()
