import ast
n = ast.BinOp(left=ast.Num(n=1), op=ast.Add(), right=ast.Num(n=2))
print(n._fields, ast.BinOp._fields, ast.FunctionDef._fields, ast.arguments._fields, ast.Num._fields, ast.Str._fields)
print(ast.dump(n), isinstance(n, ast.expr), isinstance(n, ast.AST), ast.Add.__mro__[1].__name__)
expr = ast.Expression(body=n)
ast.fix_missing_locations(expr)
print(eval(compile(expr, "<n>", "eval")))
m = ast.parse("x: int = 5\nasync def f():\n    await g()\nglobal q\nnonlocal_ok = ...")
print(ast.dump(m))
