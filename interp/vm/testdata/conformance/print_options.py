import sys
print(1, 2, 3, sep=", ", end=".\n")
print("a", "b", sep="")
print("no newline", end="")
print()
print(*[], sep="x")
print("to stderr", file=sys.stderr)
print("flush", flush=True)
print(None, True, 1.0, [1, "a"], {"k": (1,)}, sep=" | ")
print("x", end=None, sep=None)
try:
    print(sep=5)
except TypeError as e:
    print(e)
sys.stdout.write("written %d\n" % 5)
print(sys.stdout.write("abc"))
