import ast
src = """
import os
def a(x):
    return b(x) + 1
def b(y):
    return [y * i for i in range(3)]
class K:
    def m(self): pass
"""
tree = ast.parse(src)
class Funcs(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_FunctionDef(self, node):
        self.names.append((node.name, node.lineno, [a.arg for a in node.args.args]))
        self.generic_visit(node)
    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.names.append(("call", node.func.id))
        self.generic_visit(node)
v = Funcs(); v.visit(tree); print(v.names)
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([n.id for n in ast.walk(tree) if isinstance(n, ast.Name)])
class Neg(ast.NodeTransformer):
    def visit_Num(self, node):
        return ast.copy_location(ast.Num(n=-node.n), node)
e = ast.parse("1 + 2 * 3", mode="eval")
e = ast.fix_missing_locations(Neg().visit(e))
print(eval(compile(e, "<ast>", "eval")), ast.dump(e))
print(list(ast.iter_fields(ast.parse("x").body[0]))[0][0], [type(c).__name__ for c in ast.iter_child_nodes(tree)])
