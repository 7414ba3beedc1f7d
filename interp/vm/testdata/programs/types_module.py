# The types module: the interpreter types by name, SimpleNamespace,
# MappingProxyType and new_class.
import types
ns=types.SimpleNamespace(a=1,b='x'); print(ns, repr(types.SimpleNamespace()), ns==types.SimpleNamespace(a=1,b='x'), types.SimpleNamespace.__module__, type(ns).__name__)
ns.c = 3; print(ns, ns.c)
m=types.MappingProxyType({'a':1}); print(m, m['a'], len(m), list(m), 'a' in m, m.get('b'), type(m).__name__)
try: m['x']=1
except TypeError as e: print(e)
print(types.FunctionType, types.MethodType, types.BuiltinFunctionType, types.CodeType, types.GeneratorType, types.ModuleType, types.FrameType, types.TracebackType, types.MappingProxyType, types.SimpleNamespace)
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=1)); print(C, C.x, C.__module__)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance((lambda: 0), types.LambdaType), isinstance(types, types.ModuleType))
class A:
    def m(self): pass
print(isinstance(A().m, types.MethodType), types.MethodType(f, A()).__func__ is f)
mod = types.ModuleType('foo'); mod.x = 1; print(mod, mod.x, mod.__name__)
class P(property): pass
class Q:
    v = P(lambda s: 42)
print(Q().v)
def g(): yield
print(isinstance(g(), types.GeneratorType), types.SimpleNamespace(b=1, a=2))
