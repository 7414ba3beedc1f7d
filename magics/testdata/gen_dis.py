#!/root/.pyenv/versions/3.7.16/bin/python3.7
"""Regenerate dis.json from the oracle, CPython 3.7.16:

    /root/.pyenv/versions/3.7.16/bin/python3.7 magics/testdata/gen_dis.py

"cells": what dis.dis(cell) prints (what %%dis must print), with code
object addresses masked as 0x?. "timeit": the disassembly of the function
%timeit compiles for a statement and setup, built the way IPython 8.5
builds it (its template, filled as an AST, compiled as "<magic-timeit>")."""
import ast
import contextlib
import dis
import io
import json
import os
import re

CELLS = [
    "1 + 1",
    "x = 1",
    "print(1)",
    "acc = 0\nfor i in range(10):\n    acc += i\nprint(acc)\n",
    "def simple_loop():\n    acc = 0\n    for i in range(1000):\n        acc += i\n    \n    return acc\n",
    "def func(n): return n + 1\n",
    "NAME = 'test'\ndef nested(n):\n    n += 1\n    def _wrap(m):\n        print(NAME)\n        for i in range(n):\n            m = m + 1\n            m += n\n        NAME = '1'\n        return m\n    return _wrap\n",
    "(lambda n: n + 1)(10)",
    "class C:\n    def m(self):\n        return 42\n    @staticmethod\n    def s(): pass\n",
    "[x * 2 for x in range(10) if x % 2]",
    "{k: v for k, v in d.items()}",
    "def gen():\n    yield 1\n    yield from g()\n",
    "async def co():\n    await x\n    async with a as b:\n        pass\n",
    "try:\n    f()\nexcept ValueError as e:\n    print(e)\nfinally:\n    g()\n",
    "with open('f') as fh:\n    data = fh.read()\n",
    "while n > 0:\n    n -= 1\n    if n == 5:\n        break\nelse:\n    done()\n",
    "a if b else c",
    "a and b or c",
    "x = a < b < c",
    "f(*args, **kwargs)",
    "o.m(1, 2)",
    "o.m(k=1)",
    "import os.path as p\nfrom sys import (argv, path)\n",
    "global_x = [1, 2, 3]\nglobal_x[1:2] = (4,)\ndel global_x[0]\n",
    "f'{x!r:>{width}} and {y}'",
    "def f(a, b=2, *args, c, d=4, **kw) -> int:\n    '''doc'''\n    return a\n",
    "x = 2 ** 64\ny = 2 ** 65\nz = 'a' * 3\n",
    "if 1:\n    y = 1\nelse:\n    y = 2\n",
    "assert x, 'msg'",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "raise ValueError('bad') from None",
    "a, *b, c = range(5)",
    "compile('1 + 1', '', 'eval')",
    "for byte in func.__code__.co_code:\n    print(byte, end=' ')\n",
    "lambda: (yield)",
    "x: int = 5\n",
    "not a",
    "{1, 2, 3}",
    "def parse_prefix(formula):\n    tokens = formula.split()\n    \n    if len(tokens) == 1: return tokens[0]\n    \n    mid = ' '.join(tokens[1:-1])\n    \n    return '(' + parse_prefix(mid) + tokens[0] + tokens[-1] + ')'\n",
    "eval('(lambda n: n + 1)(10)')",
]

ADDR = re.compile(r" at 0x[0-9a-f]+")

# (statement, setup) for the timeit template.
TIMEIT = [
    ("simple_loop()", "pass"),
    ("x + 1", "x = 1"),
    ("a = [1, 2]\nb = a * 2", "import os"),
    ("pass", ""),
]

TEMPLATE = ("def inner(_it, _timer):\n"
            "    setup\n"
            "    _t0 = _timer()\n"
            "    for _i in _it:\n"
            "        stmt\n"
            "    _t1 = _timer()\n"
            "    return _t1 - _t0\n")


def show(x):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        dis.dis(x)
    return ADDR.sub(" at 0x?", buf.getvalue())


def timeit_code(stmt, setup):
    tree = ast.parse(TEMPLATE)
    fn = tree.body[0]
    for node in fn.body:
        if isinstance(node, ast.For):
            node.body = ast.parse(stmt).body
    fn.body[:1] = ast.parse(setup).body
    ast.fix_missing_locations(tree)
    return compile(tree, "<magic-timeit>", "exec")


def main():
    cells = []
    for src in CELLS:
        case = {"cell": src}
        try:
            case["want"] = show(src)
        except SyntaxError as e:
            case["error"] = "%s: %s" % (type(e).__name__, e.msg)
        cells.append(case)
    timeit = [{"stmt": s, "setup": u, "want": show(timeit_code(s, u))} for s, u in TIMEIT]
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "dis.json")
    with open(path, "w") as f:
        json.dump({"cells": cells, "timeit": timeit}, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(cells), "cells,", len(timeit), "timeit templates")


if __name__ == "__main__":
    main()
