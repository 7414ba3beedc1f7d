# Regenerates docs/builtins.txt, the docstrings and text signatures of
# the builtins module's functions and types (and of the types' methods),
# from the oracle. Run with CPython 3.7 from this directory's parent:
#   /root/.pyenv/versions/3.7.16/bin/python3.7 testdata/gen_docs.py
# Each record is owner, name, __doc__, __text_signature__, the fields
# separated by U+001F (unit separator) and the records by U+001E (record
# separator), a format the VM reads at start-up without a parser: owner is
# "" for a builtins-module name, else the type's name; a missing docstring or
# signature is "". The builtins-module records come first.
import builtins
import os

records = []


def add(owner, name, obj):
    doc = getattr(obj, "__doc__", None)
    sig = getattr(obj, "__text_signature__", None)
    if not isinstance(doc, str):
        doc = None
    if not isinstance(sig, str):
        sig = None
    if doc is None and sig is None:
        return
    records.append([owner, name, doc, sig])


for name in sorted(dir(builtins)):
    if name.startswith("_") and name not in ("__build_class__", "__import__"):
        continue
    obj = getattr(builtins, name)
    if isinstance(obj, type):
        add("", name, obj)
        for k, v in sorted(vars(obj).items()):
            if k == "__doc__" or not callable(v) and not hasattr(v, "__get__"):
                continue
            if isinstance(v, (classmethod, staticmethod)):
                v = v.__func__
            add(name, k, v)
    elif callable(obj):
        add("", name, obj)

# The builtins-module records come first (the sort is stable, so each part
# stays in name order): every interpreter's start-up reads just those and
# stops at the first method record.
records.sort(key=lambda r: r[0] != "")

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "docs", "builtins.txt")
fields = [[x or "" for x in r] for r in records]
for r in fields:
    for x in r:
        assert "\x1e" not in x and "\x1f" not in x, r
with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("\x1e".join("\x1f".join(r) for r in fields))
print(len(records), "records")
