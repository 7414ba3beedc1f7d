import dis
src = """
class A:
    x = 1
    def m(self):
        return {k: v for k, v in self.__dict__.items()}
g = (i for i in range(3))
with open as f:
    pass
"""
co = compile(src, "<src>", "exec")
for c in co.co_consts:
    if hasattr(c, "co_code"):
        print(c.co_name, c.co_code)
print(co.co_code, co.co_names, co.co_consts[-1])
for ins in dis.Bytecode(co):
    print(ins.opname, ins.argrepr if " at 0x" not in ins.argrepr else "<code>")
