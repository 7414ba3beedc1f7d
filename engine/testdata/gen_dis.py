"""Golden text for engine's %%dis test: CPython 3.7's dis.dis of the
lecture's simple_loop cell, code object addresses masked.

Run with CPython 3.7.16:
    /root/.pyenv/versions/3.7.16/bin/python3.7 engine/testdata/gen_dis.py > engine/testdata/dis_simple_loop.txt
"""
import contextlib
import dis
import io
import re

CELL = ("def simple_loop():\n"
        "    acc = 0\n"
        "    for i in range(3):\n"
        "        acc += i\n"
        "    return acc\n")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    dis.dis(CELL)
print(re.sub(r" at 0x[0-9a-f]+", " at 0xADDR", buf.getvalue()), end="")
