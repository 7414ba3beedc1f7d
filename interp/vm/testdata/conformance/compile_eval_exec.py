print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[a for a in range(3)]"), eval("  7  "))
code = compile("a = 5\nprint('exec says', a * 2)", "<str>", "exec")
exec(code)
print(a, type(code).__name__, code.co_filename, code.co_name)
e = compile("3 ** 4", "<e>", "eval"); print(eval(e))
s = compile("print('single')", "<s>", "single"); exec(s)
try:
    eval("1 +")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.offset, repr(err.text))
try:
    compile("x = ", "file.py", "exec")
except SyntaxError as err:
    print(err.filename, err)
try:
    exec("def f(:\n  pass")
except SyntaxError as err:
    print(err.msg)
try:
    exec("if 1:\nprint(1)")
except IndentationError as err:
    print(type(err).__name__, err.msg)
print(eval("__name__"), eval("len", {"__builtins__": __builtins__})("ab"))
try:
    eval("open", {"__builtins__": {}})
except NameError as err:
    print(err)
