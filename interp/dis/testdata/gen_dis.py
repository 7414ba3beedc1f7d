#!/usr/bin/env python3.7
"""Regenerate the dis goldens from the CPython 3.7 oracle.

    /root/.pyenv/versions/3.7.16/bin/python3.7 interp/dis/testdata/gen_dis.py [OUTDIR]

Each golden is a list of sections "=== CASE" followed by the text. The code
objects come from the marshal corpus (interp/marshal/testdata/corpus, the
oracle's own code objects for the compile corpus), so the Go tests can load
the very same objects and need no compiler:

  code_info.txt     dis.code_info() of every code object (depth first) of CASES
  lasti.txt         dis.disassemble(co, lasti=N) for a few offsets
  bytes.txt         dis.dis(co.co_code): raw bytes, no line numbers
  instructions.txt  dis.get_instructions(co, first_line=...) fields
  flags.txt         dis.pretty_flags(n) for FLAGS
"""

import dis
import io
import marshal
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
MARSHALS = os.path.join(ROOT, "interp", "marshal", "testdata", "corpus")

CASES = [
    "lecture_nested", "lecture_simple_loop", "lecture_parse_prefix", "lecture_func",
    "class_basic", "class_super", "class_dunder_class", "closure_counter",
    "closure_class_in_func", "gen_basic", "gen_yield_from", "async_basic",
    "async_generators", "funcdef_args", "funcdef_docstrings", "starargs_kwonly",
    "annotations_function", "fold_tuple_consts", "literals_numbers",
    "comprehension_all_kinds", "scope_cell_args", "extarg_locals",
]

FLAGS = [0, 1, 3, 0x43, 0x63, 0xa3, 0x20b, 0x1000, 0x40000, 0x80000 | 0x43,
         0x100000, 1 << 31, (1 << 32) | 1, 0x7fffffff]


def code_objects(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_objects(c)


def load(name):
    with open(os.path.join(MARSHALS, name + ".marshal"), "rb") as f:
        return marshal.loads(f.read())


def capture(fn, *args, **kw):
    buf = io.StringIO()
    fn(*args, file=buf, **kw)
    return buf.getvalue()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    info, lasti, raw, instrs = [], [], [], []
    for name in CASES:
        for i, co in enumerate(code_objects(load(name))):
            case = "%s %d" % (name, i)
            info.append("=== %s\n%s\n" % (case, dis.code_info(co)))
            offsets = (len(co.co_code) // 2 & ~1,)
            for off in offsets:
                lasti.append("=== %s %d\n%s" % (case, off, capture(dis.disassemble, co, lasti=off)))
            raw.append("=== %s\n%s" % (case, capture(dis.dis, co.co_code)))
            lines = []
            for first in (None, 1000):
                for ins in dis.get_instructions(co, first_line=first):
                    lines.append("%s %d %r %r %d %r %r" % (
                        ins.opname, ins.opcode, ins.arg, ins.argrepr, ins.offset,
                        ins.starts_line, ins.is_jump_target))
            instrs.append("=== %s\n%s\n" % (case, "\n".join(lines)))
    flags = ["=== %d\n%s\n" % (n, dis.pretty_flags(n)) for n in FLAGS]
    for fname, parts in (("code_info.txt", info), ("lasti.txt", lasti), ("bytes.txt", raw),
                         ("instructions.txt", instrs), ("flags.txt", flags)):
        with open(os.path.join(out, fname), "w") as f:
            f.write("".join(parts))


if __name__ == "__main__":
    main()
