#!/usr/bin/env python3.7
"""Regenerate the marshal goldens from the CPython 3.7 oracle.

    /root/.pyenv/versions/3.7.16/bin/python3.7 interp/marshal/testdata/gen_marshal.py [OUTDIR]

values.txt: one value per line, "hex-of-marshal.dumps(v) repr(v)", for the
constants and containers in VALUES below (written as CPython writes them,
with the reference flags its reference counts decide).

corpus/NAME.marshal: marshal.dumps(compile(source, "NAME.py", mode)) for
every interp/compile/testdata/corpus/NAME.py, honouring the same
"# compile:" directive line as tools/golden/gen_compile.py. The dis tests
load these to check dis against the .dis goldens without our compiler.

With OUTDIR everything is written there instead (the live test compares).
The script re-executes itself with PYTHONHASHSEED=0 so frozensets and sets
iterate in a fixed order.
"""

import marshal
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CORPUS = os.path.join(ROOT, "interp", "compile", "testdata", "corpus")

VALUES = [
    "None", "True", "False", "...", "StopIteration",
    "0", "1", "-1", "-5", "256", "257", "1000", "2**31-1", "-2**31", "2**31", "-2**31-1",
    "2**15", "2**30", "2**45", "2**63", "-2**63", "2**64", "2**100", "-(2**100)", "10**50",
    "0.0", "-0.0", "1.5", "1e300", "float('inf')", "float('-inf')", "5e-324",
    "0j", "1j", "1+2j", "-1.5-0.5j", "complex(float('inf'), 0)",
    "''", "'a'", "'ab'", "'hello world'", "'x' * 255", "'x' * 256", "'y' * 300",
    "'é'", "'中文'", "'\\U0001f600'", "'a\\x00b'", "'tab\\there'",
    "b''", "b'x'", "b'xy'", "b'\\x00\\xff'", "bytes(range(256))",
    "()", "(1,)", "(1, 2, 3)", "((1, 2), (3, (4,)))", "tuple(range(300))", "('a', 'a', 'b')",
    "frozenset()", "frozenset({1})", "frozenset({1, 2, 3})", "frozenset({'a', 'b'})",
    "[]", "[1, [2, 3]]", "{}", "{'a': 1}", "{1: 'x', 2: [3]}", "set()", "{1, 2}",
    "(None, True, False, ..., 1, 1.5, 'a', b'b', ())",
    "[('x', 'x'), ('x', 'y')]",
]


def write(path, data, mode="w"):
    with open(path, mode) as f:
        f.write(data)


def directives(source):
    mode, optimize, want_ast = "exec", -1, True
    first = source.split(b"\n", 1)[0].strip()
    if first.startswith(b"# compile:"):
        for item in first[len(b"# compile:"):].decode().split():
            key, _, value = item.partition("=")
            if key == "mode":
                mode = value
            elif key == "optimize":
                optimize = int(value)
            elif key == "ast":
                want_ast = value != "no"
    return mode, optimize, want_ast


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable] + sys.argv,
                  dict(os.environ, PYTHONHASHSEED="0"))
    warnings.simplefilter("ignore")
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    lines = []
    for src in VALUES:
        v = eval(src)
        lines.append("%s %r" % (marshal.dumps(v).hex(), v))
    write(os.path.join(out, "values.txt"), "\n".join(lines) + "\n")
    cdir = os.path.join(out, "corpus")
    os.makedirs(cdir, exist_ok=True)
    for f in sorted(os.listdir(CORPUS)):
        if not f.endswith(".py"):
            continue
        with open(os.path.join(CORPUS, f), "rb") as fh:
            source = fh.read()
        mode, optimize, want_ast = directives(source)
        co = compile(source, f, mode, 0, True, optimize)
        write(os.path.join(cdir, f[:-3] + ".marshal"), marshal.dumps(co), "wb")


if __name__ == "__main__":
    main()
