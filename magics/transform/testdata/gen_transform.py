#!/usr/bin/python3
"""Regenerate transform.json (and complete.json, check_complete's
verdicts, and quiet.json, the display hook's ";" rule) from the oracle, IPython 8.5's
TransformerManager().transform_cell, run by Debian's /usr/bin/python3:

    /usr/bin/python3 magics/transform/testdata/gen_transform.py

Each case is a cell and what transform_cell makes of it (or the name of the
exception it raises)."""
import json
import os
import types

from IPython.core.inputtransformer2 import TransformerManager

CELLS = [
    # ordinary Python passes through untouched
    "x = 1",
    "x = 1\n",
    "def f(a, b=2):\n    return a % b\n",
    "a = b != c\n",
    "s = '%timeit not a magic'\n",
    "s = '''\n%timeit\n!ls\n'''\n",
    "# %timeit in a comment\nx = 1\n",
    "print('a?')\n",
    "x = {'a': 1}\nx['a']\n",
    "for i in range(3):\n    print(i)\n",
    "class C:\n    def m(self):\n        return 42\n",
    "y = (1 +\n     2)\n",
    "if x:\n    pass\nelse:\n    y = 2\n",
    "z = 5 % 3\n",
    "a = 'it''s'\n",
    "x = 1 \\\n  + 2\n",
    "@decorator\ndef f(): pass\n",
    "lambda: (yield)\n",
    "f'{x!r}'\n",
    "x = [\n  1,\n  2,\n]\n",
    # cell magics
    "%%timeit\nsimple_loop()\n",
    "%%timeit -n 10 -r 3 x = 1\nx + 1\n",
    "%%cython -a\n\ndef simple_loop():\n    acc = 0\n    for i in range(1000):\n        acc += i\n    \n    return acc",
    "%%dis\nacc = 0\nfor i in range(10):\n    acc += i\n",
    "%%writefile -a out.txt\nhello 'world'\n",
    "%%capture cap\nprint(1)\n",
    "%%time\n",
    "%%bash\necho $HOME\n",
    "\n\n%%timeit\nf()\n",
    "%%timeit?\n",
    # line magics
    "%timeit simple_loop()\n",
    "%timeit -n 1000 -r 7 f(1, 2)",
    "%lsmagic",
    "%load_ext Cython\n",
    "%time x = sum(range(10))\n",
    "x = %timeit -o f()\n",
    "res = %time f()\n",
    "for i in range(3):\n    %time f(i)\n",
    "if True:\n    %pwd\n",
    "def g():\n    %timeit f()\n    return 1\n",
    "%cd /tmp\n%pwd\n",
    "%timeit f() \\\n  + 1\n",
    "x = %who_ls \\\n   int\n",
    "  %pwd\n  x = 1\n",
    "%reset -f\n",
    "%env HOME\n",
    "%precision 3\n",
    "%dis f\n",
    "%%dis --run\nx = 1\n",
    "d['k'] = %pwd\n",
    "a, b = %who_ls\n",
    "f(x=%pwd)\n",
    # shell
    "!ls -la\n",
    "!!ls\n",
    "files = !ls *.py\n",
    "x = ! echo hi\n",
    "for i in range(2):\n    !echo {i}\n",
    "!echo 'a b' \\\n  c\n",
    "x=!pwd\n",
    # help
    "zip?\n",
    "zip??\n",
    "?zip\n",
    "??zip\n",
    "os.path.join?\n",
    "%timeit?\n",
    "%%timeit?\n",
    "a.b[0]?\n",
    "*int*?\n",
    "?\n",
    "x = zip?\n",
    "def f():\n    zip?\n",
    "f(1)?\n",
    # prompts
    ">>> x = 1\n>>> x\n",
    ">>> for i in range(2):\n...     print(i)\n",
    "In [1]: x = 1\n",
    "In [12]: %timeit f()\n",
    "In [3]: def f():\n   ...:     return 1\n",
    "...: x = 2\n",
    ">>>\n>>> 1\n",
    "x = 1\n>>> y\n",
    # other escapes
    ",f a b c\n",
    ";f a b c\n",
    "/f a b\n",
    # escapes inside strings or brackets stay
    "x = ('!ls',\n     '%pwd')\n",
    "print(\"%d\" % 3)\n",
    "x = [%pwd]\n",
    # unfinished input
    "x = (1,\n",
    "s = '''abc\n",
    "%timeit f(\n",
    "\t%pwd\n",
    "x = 'abc\n%pwd\n",
    "if 1:\n        x = 1\n    y = 2\n",
]


COMPLETE = [
    "x = 1", "x = 1\n", "if x:", "if x:\n    y = 1", "if x:\n    y = 1\n", "if x:\n    y = 1\n\n",
    "x = (1,", "x = (1,\n 2)", "s = '''abc", "%%timeit\nf()", "%%timeit\nf()\n\n", "%timeit f()",
    "%timeit f(", "!ls", "x = !ls", "zip?", "def f():\n    return 1\n", "def f():\n    return 1\n\n",
    "x = 1 \\", "for i in range(3):\n    %time f(i)", ")", "x)", "1 +", "print(1", "", "   ",
    "class C:\n    pass", "a = [\n", "x = 1\ny = 2", "\tif x:", "%%dis", "    if x:\n        y",
    "else:", "x = ", "@dec", "lambda: 1", "import os", "return 5", "f(x for x in y)", "'''\n'''",
]


def complete_cases():
    tm = TransformerManager()
    return [{"cell": c, "status": list(tm.check_complete(c))} for c in COMPLETE]


QUIET = ["1", "1;", "1;\n", "1; # comment", "x = 1;", "1;\n# c\n\n", "if x:\n    y;\n", "f(';')", "a;b", "%time 1;", "1 ;  ", "s = ';'", ""]


def quiet_cases():
    from IPython.core.displayhook import DisplayHook
    tm = TransformerManager()
    out = []
    for c in QUIET:
        parsed = tm.transform_cell(c)

        class H:
            input_hist_parsed = [parsed]

        class S:
            history_manager = H

        hook = types.SimpleNamespace(shell=S)
        out.append({"cell": c, "parsed": parsed, "quiet": bool(DisplayHook.quiet(hook))})
    return out


def main():
    tm = TransformerManager()
    out = []
    for cell in CELLS:
        case = {"cell": cell}
        try:
            case["want"] = tm.transform_cell(cell)
        except Exception as e:  # the transformer's own failure is a case too
            case["error"] = type(e).__name__
        out.append(case)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "complete.json"), "w") as f:
        json.dump(complete_cases(), f, indent=1)
        f.write("\n")
    with open(os.path.join(here, "quiet.json"), "w") as f:
        json.dump(quiet_cases(), f, indent=1)
        f.write("\n")
    path = os.path.join(here, "transform.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(len(out), "cases")


if __name__ == "__main__":
    main()
