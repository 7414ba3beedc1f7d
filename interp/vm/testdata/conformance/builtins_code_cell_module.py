def outer():
    v = [1]
    def inner():
        return v
    return inner
f = outer()
cell = f.__closure__[0]
print(type(cell).__name__, cell.cell_contents)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_nlocals, co.co_freevars, co.co_varnames, co.co_filename, co.co_firstlineno, co.co_flags, co.co_stacksize)
print(outer.__code__.co_cellvars, outer.__code__.co_consts[:2], outer.__code__.co_consts[3:], outer.__code__.co_consts[2] is co, co.co_lnotab, co.co_code)
import math
print(type(math).__name__, math.__name__, type(math) is type(__import__("sys")))
ModuleType = type(math)
m = ModuleType("dyn", "doc of dyn")
m.x = 5
print(m.__name__, m.__doc__, m.x, repr(m))
FunctionType = type(f)
print(FunctionType(co, {}, "renamed", None, f.__closure__)(), FunctionType(outer.__code__, {}).__name__)
