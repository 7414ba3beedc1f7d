# Regenerates the .out golden of every snippet in this directory from
# CPython 3.7: stdout, then "!! " + the last stderr line if it raised.
# Run: python3.7 gen.py   (from anywhere)
import glob, os, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
for f in sorted(glob.glob(os.path.join(here, '*.py'))):
    if os.path.basename(f) == 'gen.py' or os.path.basename(f).startswith('gen_'):
        continue
    p = subprocess.run([sys.executable, os.path.basename(f)], cwd=here,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.decode()
    if p.returncode != 0:
        err = p.stderr.decode().rstrip('\n').split('\n')[-1]
        out += '!! ' + err + '\n'
    with open(f[:-3] + '.out', 'w') as w:
        w.write(out)
