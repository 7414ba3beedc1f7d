# Regenerates unparse.golden from unparse.txt (one annotation expression a
# line) with CPython 3.7's "from __future__ import annotations" unparser:
#   PYTHONHASHSEED=0 python3.7 testdata/gen_unparse.py testdata/unparse.txt > testdata/unparse.golden
# Each output line is the repr of the stored annotation string.
import sys

for line in open(sys.argv[1], encoding="utf-8").read().splitlines():
    ns = {}
    exec(compile("from __future__ import annotations\nx: " + line, "u", "exec"), ns)
    print(repr(ns["__annotations__"]["x"]))
