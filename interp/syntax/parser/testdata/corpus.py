#!/usr/bin/env python3.7
"""Large oracle corpora for the parser's optional tests (not committed:
they are big and quick to remake). Run with CPython 3.7:

  corpus.py stdlib-dump OUT     every stdlib file: path<TAB>ast.dump(tree, include_attributes=True)
                                (BYTEPY_STDLIB_DUMP=OUT go test -run TestStdlibDump)
  corpus.py stdlib-errors OUT   JSON lines for stdlib files that fail to compile
                                (BYTEPY_STDLIB_ERRORS=OUT go test -run TestStdlibErrors)
  corpus.py mutants SEED KIND   JSON lines on stdout: stdlib snippets with tokens deleted
                                or inserted (KIND: simple, multi, modes) or random
                                f-strings (KIND: fstring), with the oracle's error or
                                tree (BYTEPY_MUTANTS=FILE go test -run TestMutants)
"""
import ast
import json
import os
import random
import sys
import textwrap

ROOT = os.path.dirname(os.__file__)


def stdlib_files():
    out = []
    for d, _, fs in os.walk(ROOT):
        if 'site-packages' in d:
            continue
        out += [os.path.join(d, f) for f in fs if f.endswith('.py')]
    return sorted(out)


def oracle(src, mode):
    case = {'src': src, 'mode': mode}
    try:
        tree = compile(src, 'f', mode, ast.PyCF_ONLY_AST)
        case['kind'] = ''
        case['dump'] = ast.dump(tree, include_attributes=True)
    except SyntaxError as e:
        case.update(kind=type(e).__name__, msg=e.msg, filename=e.filename,
                    lineno=e.lineno or 0, offset=e.offset or 0, text=e.text or '')
    except MemoryError:
        case['kind'] = 'MemoryError'
    return case


TOKS = ['(', ')', '[', ']', ':', ',', '=', 'if ', 'else', '*', '**', 'lambda', '"', "'", '\\\n', '\n',
        '    ', '.', 'f"{', '}', 'yield', 'not ', ' in ', '@', 'def ', 'class ', 'return', '#', '\t', '1',
        'x', '+=', '->', '...', 'async ', 'await ', 'f"{x!r}"', "f'{a:{b}}'", '!r', '{{', '}}', 'b"x"',
        'u"', 'rb"', ' = yield ', 'del ', 'global x', 'nonlocal y', '*a', '**k', 'from . import (a,)',
        'import a.b as c', ' for x in y', 'async for x in y', ' if x else y', '<>', '!=', ' is not ',
        ' not in ', 'assert x, y', 'raise x from y', 'try:', 'except E as e:', 'finally:',
        'with a as b:', 'while x:', 'elif y:', '0x', '1e', '1j', '_', '`', '$', '?', ';', '\x0c']


def snippet(rng, files):
    while True:
        try:
            lines = open(rng.choice(files), encoding='utf-8').read().split('\n')
        except (UnicodeDecodeError, OSError):
            continue
        if len(lines) >= 30:
            i = rng.randrange(0, len(lines) - 20)
            return textwrap.dedent('\n'.join(lines[i:i + rng.randint(3, 20)]) + '\n')


def mutate(rng, src, times):
    for _ in range(times):
        k = rng.randrange(len(src) or 1)
        r = rng.random()
        if r < 0.4:
            src = src[:k] + src[k + rng.randint(1, 3):]
        elif r < 0.8:
            src = src[:k] + rng.choice(TOKS) + src[k:]
        else:
            src = src[:k] + rng.choice(TOKS) + src[k + 1:]
    return src


def fstring(rng):
    exprs = ['a', 'a.b', 'f(x)', 'x[1]', '1 + 2', "'s'", '"t"', '(a, b)', '[i for i in y]', '{k: v}',
             'a if b else c', '(lambda: 1)', 'a!=b', ' a ', '\na\n', 'x  +\ny', '{a}', '""', "'''x'''",
             'yield', '*a', 'a b', '', ' ', '#', '\\n', '(', ')', 'f"{z}"', 'x,', '...', '"{"', 'await x']
    convs = ['', '', '!r', '!s', '!a', '!x', '!', '!=']
    specs = ['', '', ':', ':>10', ':{w}', ':{w}.{p}', ':{w!r}', ':{{', ':}}', ':{a:{b}}', ':\\n', ':{}']
    lits = ['', 'a', ' ', '{{', '}}', '}', '{', '\\n', '\\x41', '\\N{BULLET}', '\\{', 'é', '\n', '"', "'"]
    q = rng.choice(["'", '"', "'''", '"""'])
    body = ''.join(rng.choice(lits) + '{' + rng.choice(exprs) + rng.choice(convs) + rng.choice(specs) + '}'
                   for _ in range(rng.randint(0, 3))) + rng.choice(lits)
    if len(q) == 1 and '\n' in body:
        return None
    pre = rng.choice(['', 'x = ', "'a' ", 'print(', '(\n', 'y = 1; ', 'b"b" ', '"""\n""" '])
    post = rng.choice(['', ' "z"', ' f"{q}"', ')', ' + 1', '\n'])
    return pre + rng.choice(['f', 'F', 'rf', 'fR']) + q + body + q + post + '\n'


def mutants(seed, kind, n=3000):
    rng = random.Random(seed)
    files = [f for f in stdlib_files() if os.path.dirname(f) == ROOT]
    done = 0
    while done < n:
        mode = 'exec'
        if kind == 'fstring':
            src = fstring(rng)
            if src is None:
                continue
        else:
            src = mutate(rng, snippet(rng, files), 1 if kind == 'simple' else rng.randint(1, 4))
            mode = rng.choice(['exec', 'exec', 'exec', 'single', 'eval'])
            if kind == 'modes':
                mode = rng.choice(['single', 'single', 'eval', 'exec'])
                if rng.random() < 0.5:
                    src = src.rstrip('\n')
                if rng.random() < 0.3:
                    src = '\n'.join(src.split('\n')[:rng.randint(1, 4)])
        try:
            case = oracle(src, mode)
        except (ValueError, RecursionError):
            continue
        print(json.dumps(case))
        done += 1


def main():
    cmd = sys.argv[1]
    if cmd == 'stdlib-dump':
        with open(sys.argv[2], 'w') as out:
            for p in stdlib_files():
                with open(p, 'rb') as f:
                    src = f.read()
                try:
                    tree = compile(src, p, 'exec', ast.PyCF_ONLY_AST)
                except (SyntaxError, ValueError):
                    continue
                dump = ast.dump(tree, include_attributes=True)
                out.write(p + '\t' + dump.replace('\\', '\\\\').replace('\n', '\\n') + '\n')
    elif cmd == 'stdlib-errors':
        with open(sys.argv[2], 'w') as out:
            for p in stdlib_files():
                with open(p, 'rb') as f:
                    src = f.read()
                try:
                    compile(src, p, 'exec', ast.PyCF_ONLY_AST)
                except SyntaxError as e:
                    out.write(json.dumps({'path': p, 'kind': type(e).__name__, 'msg': e.msg, 'filename': e.filename,
                                          'lineno': e.lineno or 0, 'offset': e.offset or 0, 'text': e.text or ''}) + '\n')
                except ValueError:
                    pass
    elif cmd == 'mutants':
        mutants(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)


if __name__ == '__main__':
    main()
