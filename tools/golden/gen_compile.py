#!/usr/bin/env python3.7
"""Regenerate the compile corpus goldens from the CPython 3.7 oracle.

For every interp/compile/testdata/corpus/NAME.py this writes, next to it:

  NAME.dis   dis.dis() of compile(source, "NAME.py", mode): the module code
             and, recursively, every nested code object.
  NAME.code  every code object, depth first in co_consts order, one block of
             co_* fields each (format described in format_code below; the Go
             printer is dis.DumpCode and must stay in step with it).
  NAME.ast   ast.dump(tree) on line 1, ast.dump(tree, include_attributes=True)
             on line 2.

For every interp/compile/testdata/corpus_errors/NAME.py it writes NAME.err:
the SyntaxError's kind, msg, lineno, offset and text, then the stderr that
`python3.7 NAME.py` prints (run with the corpus_errors directory as cwd so the
file name in the traceback is just NAME.py).

A source may start with a directive line "# compile: mode=eval optimize=2"
(mode exec|eval|single, optimize -1|0|1|2; the default is exec, -1); "ast=no"
skips NAME.ast for sources whose dump would be megabytes.

Usage (from the repository root):

    /root/.pyenv/versions/3.7.16/bin/python3.7 tools/golden/gen_compile.py [OUTDIR]

With OUTDIR the goldens are written there (corpus/ and corpus_errors/
subdirectories) instead of next to the sources; the Go tests use that to check
that the committed goldens are current. The output depends on nothing but the
sources: the script re-executes itself with PYTHONHASHSEED=0 so that frozenset
constants iterate in a fixed order.
"""

import ast
import dis
import io
import os
import subprocess
import sys
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TESTDATA = os.path.join(ROOT, "interp", "compile", "testdata")


def directives(source):
    """Returns (mode, optimize, want_ast) from a leading '# compile:' line."""
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
            else:
                raise ValueError("unknown directive %r" % item)
    return mode, optimize, want_ast


def code_objects(co):
    """Yields co and its nested code objects, depth first in co_consts order."""
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            yield from code_objects(c)


def const_repr(c):
    if isinstance(c, types.CodeType):
        return "<code %s line %d>" % (c.co_name, c.co_firstlineno)
    return repr(c)


def name_list(label, names):
    lines = ["%s %d" % (label, len(names))]
    lines += ["  %d %s" % (i, n) for i, n in enumerate(names)]
    return lines


def format_code(co):
    """One block per code object: 'key value' lines, lists as a count line
    followed by '  index item' lines, ending with a blank line."""
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


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def gen_ok(src_dir, out_dir, name):
    with open(os.path.join(src_dir, name + ".py"), "rb") as f:
        source = f.read()
    mode, optimize, want_ast = directives(source)
    co = compile(source, name + ".py", mode, 0, True, optimize)
    buf = io.StringIO()
    dis.dis(co, file=buf)
    write(os.path.join(out_dir, name + ".dis"), buf.getvalue())
    write(os.path.join(out_dir, name + ".code"), format_code(co))
    if not want_ast:
        return
    tree = ast.parse(source, name + ".py", mode)
    write(os.path.join(out_dir, name + ".ast"),
          ast.dump(tree) + "\n" + ast.dump(tree, include_attributes=True) + "\n")


def gen_err(src_dir, out_dir, name):
    with open(os.path.join(src_dir, name + ".py"), "rb") as f:
        source = f.read()
    mode, optimize, _ = directives(source)
    if mode != "exec":
        raise SystemExit("error sources run as scripts, so they must use exec mode")
    # The text of a symtable error is read back from the file, so compile
    # where the file is, as running the script would.
    cwd = os.getcwd()
    os.chdir(src_dir)
    try:
        compile(source, name + ".py", mode, 0, True, optimize)
    except SyntaxError as e:
        err = e
    else:
        raise SystemExit("%s.py compiled without error" % name)
    finally:
        os.chdir(cwd)
    proc = subprocess.run([sys.executable, name + ".py"], cwd=src_dir,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=dict(os.environ, PYTHONHASHSEED="0"))
    lines = [
        "kind %s" % type(err).__name__,
        "msg %s" % err.msg,
        "lineno %r" % err.lineno,
        "offset %r" % err.offset,
        "text %r" % err.text,
        "stderr",
    ]
    write(os.path.join(out_dir, name + ".err"),
          "\n".join(lines) + "\n" + proc.stderr.decode("utf-8", "backslashreplace"))


def sources(d):
    return sorted(f[:-3] for f in os.listdir(d) if f.endswith(".py"))


def main():
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = dict(os.environ, PYTHONHASHSEED="0")
        os.execve(sys.executable, [sys.executable] + sys.argv, env)
    out = sys.argv[1] if len(sys.argv) > 1 else None
    warnings.simplefilter("ignore")  # SyntaxWarnings are not part of the goldens
    failed = []
    for sub, gen in (("corpus", gen_ok), ("corpus_errors", gen_err)):
        src_dir = os.path.join(TESTDATA, sub)
        out_dir = os.path.join(out, sub) if out else src_dir
        os.makedirs(out_dir, exist_ok=True)
        for name in sources(src_dir):
            try:
                gen(src_dir, out_dir, name)
            except (Exception, SystemExit) as e:
                failed.append("%s/%s.py: %s" % (sub, name, e))
    if failed:
        raise SystemExit("\n".join(failed))


if __name__ == "__main__":
    main()
