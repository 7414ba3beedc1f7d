try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename, repr(e.text))
try:
    exec("def f(:\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.offset)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg)
exec("x = (1 +\n")
