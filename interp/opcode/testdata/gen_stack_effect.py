# Regenerates stack_effect.txt from CPython 3.7's dis.stack_effect:
#   python3.7 testdata/gen_stack_effect.py > testdata/stack_effect.txt
# One line per (opcode, arg): "op arg effect", or "op arg E" when 3.7 raises.
import dis

ARGS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 15, 255, 256, 259, 513, 65535]
for op in range(256):
    if dis.opname[op].startswith('<'):
        continue
    for arg in ([None] if op < dis.HAVE_ARGUMENT else ARGS):
        try:
            eff = dis.stack_effect(op, arg)
        except ValueError:
            eff = 'E'
        print(op, 0 if arg is None else arg, eff)
