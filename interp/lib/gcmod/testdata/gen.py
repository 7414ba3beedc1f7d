# Writes NAME.out next to every NAME.py here from CPython 3.7's run of it:
# its stdout, and when it exits with an error, "!! " and the last line of
# its stderr (the exception). Usage: python3.7 testdata/gen.py
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

for path in sorted(glob.glob(os.path.join(HERE, '*.py'))):
    if path.endswith('gen.py'):
        continue
    run = subprocess.run([sys.executable, os.path.basename(path)], cwd=HERE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    text = run.stdout.decode()
    if run.returncode:
        lines = run.stderr.decode().rstrip('\n').split('\n')
        text += '!! ' + lines[-1] + '\n'
    with open(path[:-3] + '.out', 'w') as out:
        out.write(text)
