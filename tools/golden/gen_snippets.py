"""Regenerate the golden .out of every library snippet from CPython 3.7.

A snippet is interp/lib/PKG/testdata/NAME.py (gen.py and gen_*.py are
generators, not snippets); its golden NAME.out is the program's stdout,
then, when it exits with an error, "!! " and the last line of its stderr
(the exception) -- the format interp/lib/internal/snippets compares.

Usage: python3.7 tools/golden/gen_snippets.py [DIR ...]
With no DIR, every interp/lib/*/testdata that has no gen.py of its own
(a package whose goldens need more than this keeps its own generator).
"""
import glob
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def snippet_dirs():
    for d in sorted(glob.glob(os.path.join(REPO, 'interp', 'lib', '*', 'testdata'))):
        if not os.path.exists(os.path.join(d, 'gen.py')):
            yield d


def regenerate(d):
    for path in sorted(glob.glob(os.path.join(d, '*.py'))):
        base = os.path.basename(path)
        if base == 'gen.py' or base.startswith('gen_'):
            continue
        run = subprocess.run([sys.executable, base], cwd=d,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        text = run.stdout.decode()
        if run.returncode:
            text += '!! ' + run.stderr.decode().rstrip('\n').split('\n')[-1] + '\n'
        with open(path[:-3] + '.out', 'w') as out:
            out.write(text)


if sys.version_info[:2] != (3, 7):
    sys.exit('gen_snippets.py: run it with CPython 3.7 (the oracle), not %s' % sys.version.split()[0])
for d in sys.argv[1:] or list(snippet_dirs()):
    regenerate(os.path.abspath(d))
