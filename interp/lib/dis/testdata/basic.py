import dis
print(dis.opname[124], dis.opname[0], dis.opname[1], len(dis.opname))
print(dis.opmap['LOAD_FAST'], dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(dis.cmp_op)
print(dis.hasconst, dis.hasname, dis.hasjrel, dis.hasjabs)
print(dis.haslocal, dis.hascompare, dis.hasfree, dis.hasnargs)
print(list(dis.opmap.items())[:5], list(dis.opmap)[-15:])
print(sorted(dis.COMPILER_FLAG_NAMES.items()))
print(dis.stack_effect(100, 0), dis.stack_effect(1), dis.stack_effect(131, 3))
for args in [(100,), (1, 2), (0,), ('a',)]:
    try:
        dis.stack_effect(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(dis.pretty_flags(3), dis.pretty_flags(0), dis.pretty_flags(1 << 20 | 4))

def add(x):
    return x + 1
for ins in dis.get_instructions(add):
    print(ins.opname, ins.arg, end=' ')
print()
for ins in dis.get_instructions(add):
    print(ins)
ins = list(dis.Bytecode(add))[0]
print(ins[0], ins.opcode, len(ins), tuple(ins), ins == tuple(ins))
print([i.opcode for i in dis.Bytecode(add)])
print(list(dis.findlinestarts(add.__code__)))
print(dis.findlabels(add.__code__.co_code))

def loop(n):
    t = 0
    for i in range(n):
        if i % 2:
            t += i
        else:
            continue
    return f"{t!r:>5}"
print(dis.findlabels(loop.__code__.co_code))
print(list(dis.findlinestarts(loop.__code__)))
for ins in dis.get_instructions(loop, first_line=100):
    print(ins)

def fmt(a, b):
    return f"{a!r:>{b}} {a} {b!s} {a!a:x}"
for ins in dis.get_instructions(fmt):
    if ins.opname == 'FORMAT_VALUE':
        print(ins.argval, repr(ins.argrepr), ins)
dis.dis(fmt)
big = "x = 0\n" + "".join("x = x + %d\n" % i for i in range(300))
dis.dis(compile(big, "big", "exec").co_code[-20:])
co = compile("\n" * 1200 + "y = [i for i in range(3)]", "far", "exec")
dis.dis(co)
print(dis.Bytecode(co, first_line=5).dis())
print(repr(dis.Bytecode("a+b")))
try:
    dis.dis("x = (")
except SyntaxError as e:
    print(type(e).__name__, e)
print(dis.disco is dis.disassemble, sorted(dis.__all__)[:5])
print(dis.Instruction('NOP', 9, None, None, '', 0, None, False)._disassemble())
print(dis.Instruction('NOP', 9, None, None, '', 0, 3, True)._disassemble(5, True, 6))
