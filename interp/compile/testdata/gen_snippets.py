# Regenerates snippets.golden from snippets.txt with CPython 3.7:
#   PYTHONHASHSEED=0 python3.7 testdata/gen_snippets.py testdata/snippets.txt > testdata/snippets.golden
# snippets.txt holds sources, each after a header "=== NAME [mode=M]
# [optimize=N]". For each, the golden has "=== NAME" and then either every
# code object's co_* fields (the format of tools/golden/gen_compile.py) or
# "error MSG|LINENO|OFFSET".
import sys, types, warnings


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


def snippets(text):
    name, opts, lines = None, {}, []
    for line in text.split("\n"):
        if line.startswith("=== "):
            if name:
                yield name, opts, "\n".join(lines).rstrip("\n") + "\n"
            fields = line[4:].split()
            name, opts, lines = fields[0], dict(f.split("=") for f in fields[1:]), []
        else:
            lines.append(line)
    if name:
        yield name, opts, "\n".join(lines).rstrip("\n") + "\n"


def main():
    warnings.simplefilter("ignore")
    with open(sys.argv[1], encoding="utf-8") as f:
        text = f.read()
    out = sys.stdout
    for name, opts, src in snippets(text):
        out.write("=== %s\n" % name)
        try:
            co = compile(src, "snippet.py", opts.get("mode", "exec"), 0, True,
                         int(opts.get("optimize", "-1")))
        except SyntaxError as e:
            out.write("error %s|%s|%s\n" % (e.msg, e.lineno, e.offset))
            continue
        out.write(format_code(co))


main()
