import ast

srcs = [
    "x = 1 + 2 * y",
    "def f(a, b=2, *args, c, d=4, **kw):\n    '''doc'''\n    return a if b else -c\n",
    "class C(B, metaclass=M):\n    x: int = 3\n    async def g(self):\n        await h()\n        async for i in j: pass\n",
    "for i in range(10):\n    if i % 2: continue\n    else: break\nelse:\n    pass\n",
    "try:\n    import os.path as p\nexcept (E, F) as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3]\n",
    "with open(f) as g, h: print(*a, **k, sep='')",
    "lambda x, *y: [i for i in x if i] + {k: v for k, v in y} or {1, 2}",
    "f'{x!r:>{w}} and {y}' if None else b'bytes' b'more'",
    "global a; nonlocal b\nassert x, 'msg'\nfrom . import (a as b, c)\nx += 1\n...",
    "(yield)\nz = yield from g\na < b <= c is not d not in e",
    "1e999, 3j, 0x10, 'a' 'b', ~x, not y, x @ y",
]
for s in srcs:
    t = ast.parse(s)
    print(ast.dump(t))
    print(ast.dump(t, include_attributes=True))
    print(ast.dump(t, annotate_fields=False))
print(ast.dump(ast.parse("x + 1", mode="eval")))
print(ast.dump(ast.parse("x = 1", mode="single")))
t = ast.parse("x = 1")
print(type(t).__name__, t._fields, type(t.body[0]).__mro__)
print(ast.Num._fields, ast.Name._attributes, ast.BinOp._fields, issubclass(ast.Add, ast.operator))
n = ast.Num(5)
print(ast.dump(n), ast.dump(ast.BinOp(left=n, op=ast.Add(), right=ast.Num(n=2))))
try:
    ast.Num(1, 2)
except TypeError as e:
    print(e)
try:
    ast.dump(5)
except TypeError as e:
    print(e)

for s in ["1", "-1.5", "1+2j", "-3-4j", "'abc'", "b'x'", "(1, [2, {3: 'a'}], {4})", "None", "True", "{}", "()", "+5"]:
    print(repr(ast.literal_eval(s)))
for s in ["x", "1+x", "f()", "2*3", "[1, a]", "1+1"]:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print(str(e).split(" object at ")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))

tree = ast.parse("def f():\n    '''  Doc\n      more\n    '''\n    return g(1) + h(2)\nclass K: pass\n")
print(ast.get_docstring(tree.body[0]), repr(ast.get_docstring(tree.body[0], clean=False)), ast.get_docstring(tree.body[1]))
print([type(n).__name__ for n in ast.walk(tree)])
print([name for name, _ in ast.iter_fields(tree.body[0])])
print([type(n).__name__ for n in ast.iter_child_nodes(tree.body[0])])

class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)

v = Names()
v.visit(ast.parse("a = b + c(d, e=f)\nprint(a)"))
print(v.names)

class Swap(ast.NodeTransformer):
    def visit_Num(self, node):
        return ast.copy_location(ast.Num(n=node.n * 10), node)
    def visit_Pass(self, node):
        return None
    def visit_Name(self, node):
        if node.id == 'dup':
            return [node, node]
        return node

t = Swap().visit(ast.parse("x = 1 + 2\npass\nf(3)"))
print(ast.dump(t, include_attributes=True))
new = ast.BinOp(left=ast.Num(n=1), op=ast.Add(), right=ast.Name(id='q', ctx=ast.Load()))
e = ast.Expression(body=new)
ast.fix_missing_locations(e)
print(ast.dump(e, include_attributes=True))
ast.increment_lineno(e, 3)
print(new.lineno, new.left.lineno, new.right.col_offset)
try:
    ast.parse("x = (")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.filename)
try:
    ast.parse("def f(:\n", "file.py")
except SyntaxError as err:
    print("SyntaxError", err.msg, err.lineno, err.offset, err.filename)
print(repr(ast.Name).startswith("<class '_ast.Name'"), ast.PyCF_ONLY_AST)
