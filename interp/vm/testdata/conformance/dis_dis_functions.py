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


def f(a, b=1):
    if a > b:
        return a - b
    for i in range(a):
        b += i
    return [x * 2 for x in (a, b)]
masked(dis.dis, f)
