import dis
def loop(n):
    t = 0
    while n:
        t += n
        n -= 1
    return t
print(list(dis.findlinestarts(loop.__code__)))
print(dis.findlabels(loop.__code__.co_code))
dis.disassemble(loop.__code__)
dis.disassemble(loop.__code__, lasti=6)
print(dis.stack_effect(dis.opmap["BINARY_ADD"]), dis.stack_effect(dis.opmap["LOAD_CONST"], 0), dis.stack_effect(dis.opmap["BUILD_LIST"], 3))
