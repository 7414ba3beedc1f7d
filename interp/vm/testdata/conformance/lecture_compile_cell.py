co = compile("def f():\n    return 1\n", "<cell>", "exec")
print(co.co_code)
print(co.co_consts[1], co.co_consts[2], co.co_names)
fco = co.co_consts[0]
print(fco.co_code, fco.co_name, fco.co_consts)
import dis
import io
import re


def masked(fn, *args):
    # code objects print with their address; mask it so the output is stable
    buf = io.StringIO()
    if fn is dis.code_info:
        buf.write(fn(*args) + "\n")
    else:
        fn(*args, file=buf)
    print(re.sub(r" at 0x[0-9a-f]+", " at 0x...", buf.getvalue()), end="")


masked(dis.dis, co)
