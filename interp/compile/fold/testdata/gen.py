"""Golden data for package fold, from CPython 3.7 (the oracle).

Run:  PYTHONHASHSEED=0 python3.7 interp/compile/fold/testdata/gen.py [OUT]
It writes testdata/fold.json (or OUT): for every case, the source, its unoptimised
AST (astdump format) and the reprs of every constant the oracle's code
object holds, recursively (code objects themselves left out), sorted.
PYTHONHASHSEED=0 fixes the order of frozensets of strings.

With --files it reads file names from stdin and prints, for each, the
constants of its code objects (the live test uses this on the compiler's
corpus).
"""
import json
import os
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ast  # noqa: E402
import astdump  # noqa: E402

CASES = [
    # numbers
    "x = 1 + 2", "x = 1 - 2", "x = 2 * 3", "x = 7 / 2", "x = 7 // 2", "x = 7 % 3",
    "x = -7 // 2", "x = -7 % 3", "x = 7 // -2", "x = 7 % -3", "x = 2 ** 10",
    "x = 2 ** 64", "x = 2 ** 65", "x = 3 ** 80", "x = 3 ** 81", "x = (-2) ** 127",
    "x = 2 ** -1", "x = 10 ** -2", "x = 0 ** -1", "x = 0 ** 0", "x = 1 << 127",
    "x = 1 << 128", "x = 3 << 126", "x = 3 << 127", "x = 1 << -1", "x = -1 >> 3",
    "x = 1 >> 200", "x = 5 & 3", "x = 5 | 3", "x = 5 ^ 3", "x = -5 & 0xff", "x = ~5",
    "x = -(-5)", "x = +5", "x = 2**62 * 2**62", "x = 2**64 * 2**64", "x = 2**64 * 2**65",
    "x = 1 / 0", "x = 1 // 0", "x = 1 % 0", "x = 0 / -5", "x = -0.0 / 5",
    "x = 10**30 / 7", "x = (10**40) * 1.5", "x = 1 / 3", "x = 2 / 3 * 3",
    # floats
    "x = 1.5 + 2", "x = 0.1 + 0.2", "x = 1.0 / 3", "x = 7.5 // 2", "x = -7.5 // 2",
    "x = 7.5 % 2", "x = -7.5 % 2", "x = 7.5 % -2", "x = 3 % 2.5", "x = -0.0 % 5",
    "x = 0.0 % -5", "x = 2.0 ** 0.5", "x = 2 ** 0.5", "x = 1.1 ** 10", "x = 10.0 ** -3",
    "x = 1e308 * 10", "x = 1e308 ** 2", "x = (-8) ** (1/3)", "x = (-2.0) ** 3",
    "x = 0.0 ** -1", "x = -0.0 ** 3", "x = 1e-320 / 3", "x = -1.5", "x = -(0.0)",
    "x = 1.5 // 0.0", "x = 2.5 ** 1.5", "x = 7.0 // 0.1", "x = 7.0 % 0.1",
    "x = 1e300 * 1e10", "x = 3.0 ** -2", "x = 1.0000001 ** 1000",
    # edges
    "x = 'abc'[-4]", "x = (1, 2)[-2]", "x = b''[0]", "x = 'a' * (2 ** 62)", "x = (1,) * -1",
    "x = 2 ** 0", "x = 0 ** 5", "x = (-1) ** 200", "x = 1 ** 129", "x = 1 << 0", "x = 0 << 1000",
    "x = 5 >> 1000", "x = -5 >> 10 ** 20", "x = True << 3", "x = 3.5 << 1", "x = 1.5 & 1",
    "x = not 1.5", "x = ~1.5", "x = -'a'", "x = 1 + None", "x = (1, 2) + (3, ...)",
    "x = 2 ** 2 ** 3", "x = 10 % 3.0", "x = -10 % 3.0", "x = 1e308 + 1e308", "x = 1e308 * -10",
    "x = 1e400 - 1e400", "x = -1e400 % 5", "x = 5 % 1e400", "x = -5 % 1e400", "x = 5 // 1e400",
    "x = -5 // 1e400", "x = 7 // 0.0", "x = 2 ** 1024.0", "x = 10.0 ** -400", "x = (-0.0) ** -1",
    "x = (-0.0) ** 0.5", "x = (1e308+1e308j) * 2", "x = (1e308+0j) ** 2", "x = 1j ** -1",
    "x = 2 ** 64 // 3", "x = -(2 ** 64) // 3", "x = -(2 ** 64) % 7", "x = 2 ** 127 / 3",
    "x = (2 ** 64) * 1.0", "x = 1 / 3j", "x = 3 - 4j * 1j", "x = -(1 - 1j)", "x = +(-0.0)",
    "x = True / 2", "x = False ** False", "x = True // True", "x = -False", "x = 'a' < 'b'",
    "x = a in ['x' * 3, 'y' + 'z']", "x = a in {2 ** 61 - 1, 2 ** 61, -1, -2}",
    "x = a in {0.0, -0.0, 0}", "x = a in {float('nan')}", "x = a in {1e400, 1e400}",
    "x = a in {(1, (2, 3)), (1, 2, 3), ()}", "x = a in {'', b'', (), 0}",
    "x = a in {1 + 2j, 3j, 1.5 + 0j}", "x = a in {1, 2.5, 'q'}",
    "x = a in {None, 1, 2, 3, 4, 5, ...}", "x = a in {..., 'a', None, (None, 1)}",
    # complex
    "x = 1 + 2j", "x = 1j * 1j", "x = -1j", "x = (1+2j) * (3-4j)", "x = (1+2j) / (3-4j)",
    "x = 1j / 0", "x = (1+1j) ** 2", "x = (1+1j) ** -2", "x = 2 ** 1j", "x = 1j ** 0.5",
    "x = 0j ** -1", "x = (1+2j) // 2", "x = (3+4j) - 1.5", "x = 1j ** 200",
    # fractional and complex powers (the C library's pow, exp, log, atan2, sin, cos, hypot)
    "x = 3.7 ** 2.3", "x = 10 ** 0.1", "x = 2 ** (1/3)", "x = 1.5 ** -2.5", "x = 7 ** 0.5",
    "x = 0.3 ** 0.3", "x = 1e10 ** 0.7", "x = (1+2j) ** 0.5", "x = (3-4j) ** (1+1j)",
    "x = 2j ** 2.5", "x = (-1) ** 0.5", "x = (-2.5) ** 1.5", "x = 1.0000001 ** 1e7",
    "x = 2 ** 1000.5", "x = 0.5 ** 1074.5", "x = (1+1j) ** 101", "x = (0.5+0.5j) ** -150",
    "x = 1e-5 ** 0.25", "x = 123.456 ** 7.89", "x = 9.99 ** -9.99", "x = 1.1 ** 2000",
    "x = 0.9 ** -3000", "x = (2+3j) ** 1.7", "x = 1e300j ** 2", "x = (1e-300+1e-300j) ** 0.5",
    "x = 5 ** -0.5", "x = 2.0 ** -1074", "x = 2.0 ** -1075", "x = 10.0 ** 308.5",
    # bools and None
    "x = True + True", "x = True & False", "x = True | 1", "x = True ^ True", "x = -True",
    "x = ~True", "x = +False", "x = not 1", "x = not 0", "x = not ()", "x = not 'a'",
    "x = not None", "x = not ...", "x = True * 3", "x = 'ab' * True",
    # sequences
    "x = 'ab' + 'cd'", "x = b'ab' + b'cd'", "x = (1, 2) + (3,)", "x = 'ab' * 3",
    "x = 3 * 'ab'", "x = 'a' * 4096", "x = 'a' * 4097", "x = 'ab' * 2048", "x = 'ab' * 2049",
    "x = 'a' * -1", "x = '' * 10000", "x = '' * -5", "x = b'x' * 5", "x = (1,) * 256",
    "x = (1,) * 257", "x = (1, 2) * 128", "x = ((1, 2, 3),) * 200", "x = ((1, 2, 3),) * 256",
    "x = () * 10**30", "x = 'é' * 3", "x = 'a' + 1", "x = 'a' % 1", "x = '%s' % (1,)",
    "x = b'%d' % 3", "x = (1, 2) * 0", "x = 'x' * 0",
    # subscripts
    "x = 'abc'[1]", "x = 'abc'[-1]", "x = 'abc'[3]", "x = b'abc'[0]", "x = (1, 2, 3)[1]",
    "x = (1, (2, 3))[1]", "x = 'abc'[1:2]", "x = 'abc'[True]", "x = 'abc'[1.0]",
    "x = 'héllo'[1]", "x = (1, 2)[10**20]", "a[1] = 2",
    # tuples
    "x = (1, 2, 3)", "x = (1, (2, 3), 'a')", "x = (1, a)", "x = ()", "x = (1,)",
    "(a, b) = (1, 2)", "x = (-1, 2 * 3, 'a' 'b')", "x = (None, True, ..., b'')",
    "for x in (1, 2): pass",
    # in / not in, for, comprehensions
    "x = a in [1, 2, 3]", "x = a not in [1, 2]", "x = a in {1, 2, 3}", "x = a in {3, 1, 2}",
    "x = a in {8, 16, 0, 24, 1}", "x = a in {1, 1.0, True}", "x = a in {'a', 'b', 'c'}",
    "x = a in {(1, 2), (3, 4)}", "x = a in {1.5, 2.5, -3}", "x = a in {-1, -2, 2**61, 2**62}",
    "x = a in [b, 1]", "x = a in [1, [2]]", "x = a < b in [1, 2]", "x = a in [1, 2] < b",
    "x = [1, 2] in [3, 4]", "x = a in {1j, 2, None}", "x = a in {100, 200, 300, 400, 500, 600, 700}",
    "x = a in {i * 7 for i in b}", "x = a in {10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120}",
    "x = a in {'x', 'yy', 'zzz', 'wwww', 'é', '€', '𝄞'}", "x = a in {b'a', b'b', ''}",
    "x = a in {0.5, 0.25, 1e100, float}", "x = a in {1e400, -1e400}",
    "for x in [1, 2, 3]: pass", "for x in {1, 2}: pass", "for x in [a, 1]: pass",
    "x = [i for i in [1, 2]]", "x = {i for i in {3, 4}}", "x = [i for i in range(3) for j in [5, 6]]",
    "x = (i for i in [7, 8])", "x = {i: j for i, j in [(1, 2), (3, 4)]}",
    "x = [i for i in x if i in [9, 10]]",
    # not folding into comparisons
    "x = not a is b", "x = not a is not b", "x = not a in b", "x = not a not in b",
    "x = not a == b", "x = not a < b", "x = not a is b is c",
    # __debug__ and nesting
    "x = __debug__", "x = not __debug__", "x = lambda: 2 ** 8", "x = [1 + 1, 2 * 2]",
    "x = {1 + 1: 'a' * 2}", "x = f'{1 + 1}'", "x = a[1 + 1:2 * 2]", "x = a(1 + 1)",
    "x = -(-(-1))", "x = -(2 ** 63)", "x = - 2 ** 63", "x = (1 + 2) * (3 + 4) - 5 ** 2",
    "x = 1 if 2 * 3 else 4 - 1", "x = a.b[1 + 1]", "x = [a, 1 + 1]", "x = 1 + 2 + a + 3 + 4",
    "x = a + 1 + 2", "x = 1 @ 2", "x = 'abc' 'def'", "x = {1 + 2, 3 * 4}",
]


def consts(co, out, nested=False):
    """Reprs of co's constants, recursively through code objects (and, when
    nested is set, through tuples: the compiler packs constant dict keys
    into one tuple)."""
    def add(c):
        out.add(repr(c))
        if nested and isinstance(c, tuple):
            for x in c:
                add(x)
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            consts(c, out, nested)
        else:
            add(c)


def directives(src):
    """The optional first line "# compile: mode=M optimize=N" of corpus files."""
    mode, optimize = 'exec', -1
    first = src.split('\n', 1)[0].strip()
    if first.startswith('# compile:'):
        for item in first[len('# compile:'):].split():
            k, _, v = item.partition('=')
            if k == 'mode':
                mode = v
            elif k == 'optimize':
                optimize = int(v)
    return mode, optimize


def live():
    """--files: the constants of each file named on stdin, as one JSON list."""
    out = []
    for path in sys.stdin.read().split():
        case = {'path': path}
        try:
            with open(path, encoding='utf-8') as f:
                src = f.read()
            mode, optimize = directives(src)
            case.update(mode=mode, optimize=optimize)
            co = compile(src, 'f', mode, optimize=optimize)
            found = set()
            consts(co, found, nested=True)
            case['consts'] = sorted(found)
        except Exception as e:
            case['skip'] = repr(e)
        out.append(case)
    json.dump(out, sys.stdout)


def main():
    if sys.argv[1:] == ['--files']:
        live()
        return
    here = os.path.dirname(os.path.abspath(__file__))
    cases = []
    for src in CASES:
        tree = ast.parse(src, 'f', 'exec')
        co = compile(src, 'f', 'exec')
        out = set()
        consts(co, out)
        cases.append({'src': src, 'ast': astdump.enc(tree), 'consts': sorted(out)})
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, 'fold.json')
    with open(path, 'w') as f:
        # One case per line: small, and diffs show which cases changed.
        f.write('[\n' + ',\n'.join(json.dumps(c, ensure_ascii=True) for c in cases) + '\n]\n')
    print(len(cases), 'cases')


if __name__ == '__main__':
    main()
