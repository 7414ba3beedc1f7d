import ast
for s in ["1", "-2.5", "'s'", "b'x'", "[1, (2, 3), {'a': None}]", "{1, 2}", "True", "1+2j", "-(1)", "()", "set()" if False else "{}", "42"]:
    print(repr(ast.literal_eval(s)))
for bad in ["x", "f()", "1 + x", "[a]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError", str(e).split(" at 0x")[0])
try:
    ast.literal_eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
