import dis
def g(x):
    try:
        return x.attr
    except AttributeError:
        return None
for ins in dis.get_instructions(g):
    print(ins.offset, ins.opcode, ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.starts_line, ins.is_jump_target)
print(type(ins).__name__, ins._fields)
bc = dis.Bytecode(g)
print([i.opname for i in bc][:4], bc.first_line)
print(bc.dis())
