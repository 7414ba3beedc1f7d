# Dumps every code object of each given Python file, compiled by CPython 3.7,
# into OUT/<index>.code, for the optional stdlib differential test
# (stdlib_test.go):  PYTHONHASHSEED=0 [OPTIMIZE=N] python3.7 gen_stdlib.py OUT FILE...
import os, sys, types, warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def code_objects(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_objects(c)


def const_repr(c):
    if isinstance(c, types.CodeType):
        return "<code %s line %d>" % (c.co_name, c.co_firstlineno)
    return repr(c)


def name_list(label, names):
    return ["%s %d" % (label, len(names))] + ["  %d %s" % (i, n) for i, n in enumerate(names)]


def format_code(co):
    out = []
    for c in code_objects(co):
        out.append("co_name %s" % c.co_name)
        out.append("co_filename %s" % c.co_filename)
        out.append("co_firstlineno %d" % c.co_firstlineno)
        out.append("co_argcount %d" % c.co_argcount)
        out.append("co_kwonlyargcount %d" % c.co_kwonlyargcount)
        out.append("co_nlocals %d" % c.co_nlocals)
        out.append("co_stacksize %d" % c.co_stacksize)
        out.append("co_flags 0x%08x" % c.co_flags)
        out.append("co_code %s" % c.co_code.hex())
        out.append("co_consts %d" % len(c.co_consts))
        out += ["  %d %s" % (i, const_repr(k)) for i, k in enumerate(c.co_consts)]
        out += name_list("co_names", c.co_names)
        out += name_list("co_varnames", c.co_varnames)
        out += name_list("co_cellvars", c.co_cellvars)
        out += name_list("co_freevars", c.co_freevars)
        out.append("co_lnotab %s" % c.co_lnotab.hex())
        out.append("")
    return "\n".join(out) + "\n"


warnings.simplefilter("ignore")
out = sys.argv[1]
for i, path in enumerate(sys.argv[2:]):
    with open(path, "rb") as f:
        src = f.read()
    try:
        text = format_code(compile(src, "m.py", "exec", 0, True, int(os.environ.get("OPTIMIZE", "-1"))))
    except (SyntaxError, ValueError) as e:
        text = "error %s\n" % (e,)
    with open(os.path.join(out, "%d.code" % i), "w", encoding="utf-8", errors="surrogateescape") as f:
        f.write(text)
