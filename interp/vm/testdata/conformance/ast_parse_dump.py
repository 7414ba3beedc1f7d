import ast
print(ast.dump(ast.parse("x = 1 + 2")))
print(ast.dump(ast.parse("def f(a, *b, c=1, **d):\n    return a"), annotate_fields=False))
print(ast.dump(ast.parse("x.y[1:2] += f(*a, k=v)"), include_attributes=False))
print(ast.dump(ast.parse("a if b else c", mode="eval")))
print(ast.dump(ast.parse("[x for x in y if x]", mode="eval")))
t = ast.parse("class C(B):\n    'doc'\n    pass")
print(ast.dump(t, include_attributes=True))
print(ast.get_docstring(t.body[0]))
