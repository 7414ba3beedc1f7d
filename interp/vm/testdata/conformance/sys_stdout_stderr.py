import sys
sys.stdout.write("stdout write\n")
sys.stderr.write("stderr write\n")
print("print to stdout")
print("print to stderr", file=sys.stderr)
sys.stdout.flush()
n = sys.stdout.write("len")
print("", n)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
