try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
