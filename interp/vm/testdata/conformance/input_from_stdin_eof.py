import sys
print(sys.stdin.read() == "", sys.stdin.readline() == "")
try:
    name = input("prompt> ")
except EOFError:
    print()
    print("no input available")
