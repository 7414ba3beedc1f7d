import ast

progs = [
    "def f(n):\n    return n * 2 if n else -1\nprint(f(3), f(0))\n",
    "class C:\n    '''doc'''\n    x = [i ** 2 for i in range(5) if i % 2]\n    def m(self, *a, k=1, **kw):\n        return (a, k, sorted(kw))\nprint(C.x, C().m(1, 2, z=3), C.__doc__)\n",
    "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('done')\n",
    "import sys as s\nfrom sys import maxsize\nd = {'a': 1, **{'b': 2}}\nprint(sorted(d.items()), f'{maxsize > 0!r:>8}', b'x' + b'y', ...)\n",
    "def g():\n    x = yield 1\n    yield from range(x, x + 2)\nit = g(); print(next(it), it.send(10), next(it))\n",
    "with open(__file__ if False else '/dev/null') as fh:\n    pass\nprint(fh.closed, [*range(3)], {*'ab'} == {'a', 'b'}, a[1:2] if (a := None) else 0) if False else print('walrus-free')\n",
]
for src in progs[:-1]:
    tree = ast.parse(src)
    exec(compile(tree, "<tree>", "exec"), {"__name__": "t"})
e = ast.parse("1 + 2 * 3", mode="eval")
print(eval(compile(e, "<e>", "eval")))

class Double(ast.NodeTransformer):
    def visit_Num(self, node):
        return ast.copy_location(ast.Num(n=node.n * 2), node)

t = Double().visit(ast.parse("print(1 + 10, [5, 6])"))
exec(compile(t, "<d>", "exec"))
new = ast.Expression(body=ast.BinOp(left=ast.Num(n=6), op=ast.Mult(), right=ast.Num(n=7)))
ast.fix_missing_locations(new)
print(eval(compile(new, "<new>", "eval")))
print(type(compile("x = 1", "<s>", "exec", ast.PyCF_ONLY_AST)).__name__)
for bad in [lambda: compile(ast.parse("x"), "<b>", "eval"), lambda: compile(ast.Expression(body=ast.Num(n=1)), "<b>", "eval"),
            lambda: compile(ast.Module(body=[ast.Expr(value=ast.Name(id="x", ctx=ast.Load()), lineno=1, col_offset=0)]), "<b>", "exec") and "ok"]:
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
co = compile(ast.parse("def h():\n    return 42\n"), "<co>", "exec")
ns = {}
exec(co, ns)
print(ns["h"](), ns["h"].__code__.co_filename, ns["h"].__code__.co_firstlineno)
