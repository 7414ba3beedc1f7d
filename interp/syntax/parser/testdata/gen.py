#!/usr/bin/env python3.7
"""Golden files for package parser, from CPython 3.7 (the oracle).

Run from anywhere with the oracle:

    /root/.pyenv/versions/3.7.16/bin/python3.7 interp/syntax/parser/testdata/gen.py

It writes, next to this script:

  samples/NAME.golden   for every samples/NAME.py: line 1 is ast.dump(tree),
                        line 2 is ast.dump(tree, include_attributes=True)
  modes.json            trees of eval and single sources (and odd exec
                        ones): source, mode, ast.dump(tree, include_attributes=True)
  errors.json           the syntax-error table: each case's source and mode
                        with the oracle's exception kind, msg, lineno,
                        offset and text ("" for None)

With --live it writes nothing and prints the same data as one JSON object
on stdout ({"samples": {NAME: [dump, attrs]}, "errors": [...], "modes": [...]}),
for the
Go test's live comparison.
"""
import ast
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLES = os.path.join(HERE, 'samples')

# Syntax errors: (source, mode). Parsed with compile(src, 'f', mode,
# PyCF_ONLY_AST), so only parser and ast.c errors show, as Parse reports them.
ERRORS = [
    ("import = 7q\n", "exec"),
    ("if x\n", "exec"),
    ("if x", "exec"),
    ("foo(\n", "exec"),
    ("foo(", "exec"),
    ("if x:\n", "exec"),
    ("if x:\npass\n", "exec"),
    ("class A:\npass", "exec"),
    ("x\n  y\n", "exec"),
    ("    x\n", "exec"),
    ("def f():\n  x = 1\n   y = 2\n", "exec"),
    ("if x:\n    a\n  b\n", "exec"),
    ("f() = 1\n", "exec"),
    ("1 = x\n", "exec"),
    ("a + b = c\n", "exec"),
    ("-a = 1\n", "exec"),
    ("del f()\n", "exec"),
    ("del (a, 1)\n", "exec"),
    ("del a + b\n", "exec"),
    ("f(a=1, b)\n", "exec"),
    ("f(**k, a)\n", "exec"),
    ("f(a, *b, c=1, **d, e)\n", "exec"),
    ("f(**k, *a)\n", "exec"),
    ("f(**a, b=1, *c)\n", "exec"),
    ("f(x for x in y, 1)\n", "exec"),
    ("f(1, x for x in y)\n", "exec"),
    ("f(x for x in y,)\n", "exec"),
    ("class A(x for x in y): pass\n", "exec"),
    ("def f(a=1, b): pass\n", "exec"),
    ("lambda a=1, b: 0\n", "exec"),
    ("def f(*): pass\n", "exec"),
    ("def f(*,): pass\n", "exec"),
    ("def g(*, **k): pass\n", "exec"),
    ("lambda *: 1\n", "exec"),
    ("[a] += 1\n", "exec"),
    ("a, b += 1\n", "exec"),
    ("f() += 1\n", "exec"),
    ("a, b: int\n", "exec"),
    ("[a]: int\n", "exec"),
    ("f(): int\n", "exec"),
    ("None = 1\n", "exec"),
    ("True = 1\n", "exec"),
    ("__debug__ = 1\n", "exec"),
    ("x.__debug__ = 1\n", "exec"),
    ("def __debug__(): pass\n", "exec"),
    ("def f(__debug__): pass\n", "exec"),
    ("f(__debug__=1)\n", "exec"),
    ("import a as __debug__\n", "exec"),
    ("f(a+1=2)\n", "exec"),
    ("f(True=1)\n", "exec"),
    ("f(lambda x: x = 1)\n", "exec"),
    ("f(a=1, a=2)\n", "exec"),
    ("x = '''abc\ndef''' 1\n", "exec"),
    ("(1,\n 2\n", "exec"),
    ("x = [1, 2\ny = 3\n", "exec"),
    ("x = (1\n\n\n", "exec"),
    ("f'{}'\n", "exec"),
    ("x = f'{ }'\n", "exec"),
    ("f'{a!x}'\n", "exec"),
    ("f'{a'\n", "exec"),
    ("f'{a!r'\n", "exec"),
    ("f'{a:'\n", "exec"),
    ("f'}'\n", "exec"),
    ("f'a}b'\n", "exec"),
    ("f'{a\\n}'\n", "exec"),
    ("f'{a#}'\n", "exec"),
    ("f'{a(}'\n", "exec"),
    ("f'{\"a}'\n", "exec"),
    ("f'{a b}'\n", "exec"),
    ("x = 1\nf'{a b}'\n", "exec"),
    ("f'{a:{b:{c}}}'\n", "exec"),
    ("f'{f(a=1, b)}'\n", "exec"),
    ("f'{a!r=}'\n", "exec"),
    ("b'a' 'b'\n", "exec"),
    ("'a' b'b'\n", "exec"),
    ("f'a' b'b'\n", "exec"),
    ("b'\u00e9'\n", "exec"),
    ("'\\x4'\n", "exec"),
    ("'\\N{NO SUCH NAME}'\n", "exec"),
    ("\u00e9 = (1 2)\n", "exec"),
    ("x = 1 +\n", "exec"),
    ("for x in 1 2: pass\n", "exec"),
    ("\n\n  \nfoo bar\n", "exec"),
    ("x = 1\\\n + 2 3\n", "exec"),
    ("a = \\\n", "exec"),
    ("x.True = 1\n", "exec"),
    ("def f(None): pass\n", "exec"),
    ("a = yield = 1\n", "exec"),
    ("(yield) = 1\n", "exec"),
    ("with a as 1: pass\n", "exec"),
    ("with a as b, c as f(): pass\n", "exec"),
    ("for 1 in x: pass\n", "exec"),
    ("for a, 1 in x: pass\n", "exec"),
    ("[x for 1 in y]\n", "exec"),
    ("import a.b as c.d\n", "exec"),
    ("from . import *, a\n", "exec"),
    ("from a import b,\n", "exec"),
    ("from a import (b,)\nfrom a import b, c,\n", "exec"),
    ("x = 1 if 2\n", "exec"),
    ("print 'x'\n", "exec"),
    ("f(*a=1)\n", "exec"),
    ("del *a, b\nx = (1 2)\n", "exec"),
    ("(a for a in b) = 1\n", "exec"),
    ("a if b else c = 1\n", "exec"),
    ("a < b = 1\n", "exec"),
    ("{} = 1\n", "exec"),
    ("{a:b} = 1\n", "exec"),
    ("... = 1\n", "exec"),
    ("'s' = 1\n", "exec"),
    ("f'x' = 1\n", "exec"),
    ("lambda: 1 = 1\n", "exec"),
    ("[x for x in y] = 1\n", "exec"),
    ("{x for x in y} = 1\n", "exec"),
    ("{x: y for x in y} = 1\n", "exec"),
    ("async def f():\n    await x = 1\n", "exec"),
    ("[*a for a in b]\n", "exec"),
    ("{**a for a in b}\n", "exec"),
    ("async = 1\n", "exec"),
    ("await = 1\n", "exec"),
    ("def f(**k, a): pass\n", "exec"),
    ("def f(a, a): pass\n", "exec"),
    ("return *a\n", "exec"),
    ("x = yield *a\n", "exec"),
    ("x: int = 1, 2\n", "exec"),
    ("a[1:2:3:4]\n", "exec"),
    ("@dec\nx = 1\n", "exec"),
    ("@f(x)(y)\ndef g(): pass\n", "exec"),
    ("class A:\n    @dec\nx = 1\n", "exec"),
    ("try:\n    pass\n", "exec"),
    ("try:\n    pass\nelse:\n    pass\n", "exec"),
    ("if x:\n    pass\n  else:\n    pass\n", "exec"),
    ("else:\n    pass\n", "exec"),
    ("x = (\n", "exec"),
    ("x = [\n1,\n", "exec"),
    ("def f(:\n", "exec"),
    ("x ==\n", "exec"),
    ("x <> y\n", "exec"),
    ("1 +", "eval"),
    ("x +", "eval"),
    ("(a b)", "eval"),
    ("x = 1", "eval"),
    ("1 +\n", "eval"),
    ("a, *b", "eval"),
    ("x = 1\ny = 2\n", "single"),
    ("x = 1\nx = 2\n  ", "single"),
    ("if x:\n  y\nz\n", "single"),
    ("\n", "single"),
    ("def f(a, b=1, c): pass\nx = (1 2)\n", "exec"),
    ("f() = 1\ny = 2 +\n", "exec"),
    ("f(a for a in b, c=1)\n", "exec"),
    ("f(x=1, *a, **b, c)\n", "exec"),
    ("if True:\n\tx = 1\n        y = 2\n", "exec"),
    ("x = 'abc\n", "exec"),
    ("x = '''abc\n", "exec"),
    ("0777\n", "exec"),
    ("$\n", "exec"),
    ("a ! b\n", "exec"),
    ("x = 1 # \u00e9\ny = (\u00e9 \u00e9)\n", "exec"),
    ("s = '\u00e9\u00e9' + (1 2)\n", "exec"),
    ("x = '''a\nb''' + (\n", "exec"),
    ("nonlocal x\nx = (1 2)\n", "exec"),
    ("for x in range(10):\n    pass\n  print(x)\n", "exec"),
    ("def f():\n    return\n        x\n", "exec"),
    ("class A(metaclass=M, B): pass\n", "exec"),
    ("f(a, b for b in c)\n", "exec"),
    ("x = {1: 2, 3}\n", "exec"),
    ("x = {1, 2: 3}\n", "exec"),
    ("import\n", "exec"),
    ("from\n", "exec"),
    ("from x import\n", "exec"),
    ("global\n", "exec"),
    ("lambda x: (yield) = 1\n", "exec"),
    ("with (a as b): pass\n", "exec"),
    ("f(**)\n", "exec"),
    ("x[]\n", "exec"),
    ("x.1\n", "exec"),
    ("x = 1 = 2\n", "exec"),
    ("del x, 1\n", "exec"),
    ("del ()\n", "exec"),
    ("() = x\n", "exec"),
    ("[] = x\n", "exec"),
    ("f'{a +}'\n", "exec"),
    ("f'{a)}'\n", "exec"),
    ("f'{)}'\n", "exec"),
    ("1)", "eval"),
    ("1 2", "eval"),
    ("1 \"a\"", "eval"),
    ("1 ...", "eval"),
    ("1 .", "eval"),
    ("1 2 # c", "eval"),
    ("1 2 ", "eval"),
    ("1 if", "eval"),
    ("x = 1 2", "single"),
    ("if x:\n<> 1\n", "exec"),
    ("if x:\n$ 1\n", "exec"),
    ("if x:\n!= 1\n", "exec"),
    ("x\n  $", "exec"),
    ("x = '''abc", "eval"),
    ("\neliry:maxyieldsize is None:", "single"),
    ("def f():\n    x = 1\n    'a' b'b'\n    y = (1 2)\n", "exec"),
    ("x = 1\n", "single"),
    ("if x:\n    pass\n", "single"),
    ("if x:\n    pass\nelse:\n    pass\n\n", "single"),
    ("x = 1  # comment\n# more\n", "single"),
    ("x = 1; y = 2\n", "single"),
    ("x", "eval"),
    ("x\n\n", "eval"),
    ("\n\nx\n", "eval"),
    ("print 'hello', 'world',", "exec"),
    ("print x; y = 1\n", "exec"),
    ("exec 'code'\n", "exec"),
    ("if x: print y\n", "exec"),
    ("print 'abc\n", "exec"),
    ("print x \\\n", "exec"),
    ("if 1:\n print x\n", "exec"),
    ("exec 'x' if 1\n", "exec"),
    ("for i in x: pass", "single"),
    ("if x:\n    y", "single"),
    ("", "single"),
    ("", "eval"),
    ("if x:\n    return func\n\n# comment", "single"),
    ("if x:\n    y\n  # c", "single"),
    ("if stdout is not None:\\", "single"),
    ("x = 1 + \\", "eval"),
    ("x = 1 # \\", "eval"),
    ("if x:\n    y\n  ", "single"),
    ("if x:\n    y\n\n", "single"),
    ("'''a\nb''' 1", "eval"),
]


# Trees in the other modes: (source, mode), dumped to modes.json.
MODES = [
    ("x", "eval"),
    ("1 + 2\n\n", "eval"),
    ("a, b", "eval"),
    ("(yield)", "eval"),
    ("lambda: 1", "eval"),
    ("f(x for x in y)", "eval"),
    ("x = 1", "single"),
    ("x = 1\n", "single"),
    ("print(1)\n# comment\n", "single"),
    ("if x:\n    y\n", "single"),
    ("if x:\n    y\nelse:\n    z\n\n", "single"),
    ("def f():\n    return 1\n", "single"),
    ("@d\nclass A: pass\n", "single"),
    ("x = 1; y = 2", "single"),
    ("for i in x: pass\n", "single"),
    ("'''doc\nstring'''", "single"),
    ("async def f(): await x\n", "single"),
    ("", "exec"),
    ("\n\n", "exec"),
    ("# only a comment", "exec"),
]


# pgen's stack limit: (prefix, middle, suffix, mode, n) where prefix*n +
# middle + suffix*n compiles and one more level raises MemoryError.
STACK = [
    ('(', '', ')', 'exec', 93),
    ('(', '', ')', 'single', 93),
    ('(', '', ')', 'eval', 93),
    ('[', '', ']', 'exec', 93),
    ('[', '', ']', 'single', 93),
    ('[', '', ']', 'eval', 93),
    ('f(', '', ')', 'exec', 88),
    ('f(', '', ')', 'single', 88),
    ('f(', '', ')', 'eval', 88),
    ('f(', 'x', ')', 'exec', 87),
    ('f(', 'x', ')', 'single', 87),
    ('f(', 'x', ')', 'eval', 87),
    ('x[', '1', ']', 'exec', 87),
    ('x[', '1', ']', 'single', 87),
    ('x[', '1', ']', 'eval', 87),
    ('-', '1', '', 'exec', 1479),
    ('-', '1', '', 'single', 1480),
    ('not ', 'x', '', 'exec', 1479),
    ('not ', 'x', '', 'single', 1480),
    ('lambda: ', '1', '', 'exec', 739),
    ('lambda: ', '1', '', 'single', 740),
    ('{1:', '1', '}', 'exec', 92),
    ('{1:', '1', '}', 'single', 92),
    ('{1:', '1', '}', 'eval', 92),
    ('{', '1', '}', 'exec', 92),
    ('{', '1', '}', 'single', 92),
    ('{', '1', '}', 'eval', 92),
    ('2**', '2', '', 'exec', 739),
    ('2**', '2', '', 'single', 740),
    ('1 if x else ', '1', '', 'exec', 1479),
    ('1 if x else ', '1', '', 'single', 1480),
    ('(x for x in ', 'y', ')', 'exec', 87),
    ('(x for x in ', 'y', ')', 'single', 87),
    ('(x for x in ', 'y', ')', 'eval', 87),
    ('a.b(c', '', ')', 'exec', 87),
    ('a.b(c', '', ')', 'single', 87),
    ('a.b(c', '', ')', 'eval', 87),
    ('[x for x in y if ', 'z', ']', 'exec', 73),
    ('[x for x in y if ', 'z', ']', 'single', 74),
    ('[x for x in y if ', 'z', ']', 'eval', 74),
    ('x[1:2:(', '3', ')]', 'exec', 43),
    ('x[1:2:(', '3', ')]', 'single', 43),
    ('x[1:2:(', '3', ')]', 'eval', 43),
    ('{**(', 'a', ')}', 'exec', 54),
    ('{**(', 'a', ')}', 'single', 54),
    ('{**(', 'a', ')}', 'eval', 54),
    ('lambda x=(', '1', '): 1', 'exec', 77),
    ('lambda x=(', '1', '): 1', 'single', 77),
    ('lambda x=(', '1', '): 1', 'eval', 78),
    ('x, *(', 'y', ')', 'exec', 123),
    ('x, *(', 'y', ')', 'single', 123),
    ('await (', 'x', ')', 'exec', 92),
    ('await (', 'x', ')', 'single', 92),
    ('await (', 'x', ')', 'eval', 92),
    ('~', 'x', '', 'exec', 1479),
    ('~', 'x', '', 'single', 1480),
]


def stack_cases():
    for pre, mid, post, mode, n in STACK:
        end = '' if mode == 'eval' else '\n'
        for k in (n, n + 1):
            yield pre * k + mid + post * k + end, mode


def tail_cases():
    """Blocks followed by every kind of last line, with and without a final
    newline, in every mode: CPython only appends the newline for exec
    input, so eval and single input end the way the source does."""
    bodies = ["if a:\n    if b:\n        c\n", "if a:\n    b\n", "x = 1\n", "if a:\n\tif b:\n\t\tc\n",
              "def f():\n    if b:\n        c\n    d\n", "if a:\n    if b:\n        c\n    else:\n        d\n"]
    tails = ["", " ", "  ", "    ", "      ", "        ", "\t", "\t\t", "  # c", "    # c", "# c",
             " \t", "\f", "\n", "\n  ", "\n    ", "\n# c", "\\", "x \\", "# \\"]
    for body in bodies:
        for tail in tails:
            for mode in ("exec", "eval", "single"):
                yield body + tail, mode


def modes():
    out = []
    for src, mode in MODES + list(tail_cases()):
        try:
            tree = compile(src, 'f', mode, ast.PyCF_ONLY_AST)
        except (SyntaxError, MemoryError):
            continue  # in errors.json
        out.append({'src': src, 'mode': mode, 'dump': ast.dump(tree, include_attributes=True)})
    return out


def dumps(path):
    with open(path, 'rb') as f:
        tree = compile(f.read(), os.path.basename(path), 'exec', ast.PyCF_ONLY_AST)
    return [ast.dump(tree), ast.dump(tree, include_attributes=True)]


def errors():
    out = []
    for src, mode in ERRORS + list(tail_cases()) + list(stack_cases()):
        case = {'src': src, 'mode': mode}
        try:
            compile(src, 'f', mode, ast.PyCF_ONLY_AST)
            case['kind'] = ''
        except SyntaxError as e:
            case['kind'] = type(e).__name__
            case['msg'] = e.msg
            case['filename'] = e.filename
            case['lineno'] = e.lineno or 0
            case['offset'] = e.offset or 0
            case['text'] = e.text or ''
        except MemoryError:
            case['kind'] = 'MemoryError'  # s_push: parser stack overflow
        out.append(case)
    return out


def main():
    names = sorted(n[:-3] for n in os.listdir(SAMPLES) if n.endswith('.py'))
    samples = {n: dumps(os.path.join(SAMPLES, n + '.py')) for n in names}
    errs = errors()
    mds = modes()
    if '--live' in sys.argv:
        json.dump({'samples': samples, 'errors': errs, 'modes': mds}, sys.stdout)
        return
    for n, (plain, attrs) in samples.items():
        with open(os.path.join(SAMPLES, n + '.golden'), 'w') as f:
            f.write(plain + '\n' + attrs + '\n')
    with open(os.path.join(HERE, 'errors.json'), 'w') as f:
        json.dump(errs, f, indent=1, ensure_ascii=False)
        f.write('\n')
    with open(os.path.join(HERE, 'modes.json'), 'w') as f:
        json.dump(mds, f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
