# Regenerates the golden files for vm's conformance programs from the
# oracle. Run with CPython 3.7 from this directory's parent:
#   /root/.pyenv/versions/3.7.16/bin/python3.7 testdata/gen_golden.py
# Each programs/NAME.py is run as `python3.7 NAME.py` inside programs/,
# and its stdout, stderr and exit status are written to NAME.out,
# NAME.err and NAME.rc.
import os
import subprocess
import sys

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")
for name in sorted(os.listdir(here)):
    if not name.endswith(".py"):
        continue
    base = name[:-3]
    p = subprocess.run([sys.executable, "-B", name], cwd=here, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=dict(os.environ, PYTHONHASHSEED="0"))
    with open(os.path.join(here, base + ".out"), "wb") as f:
        f.write(p.stdout)
    with open(os.path.join(here, base + ".err"), "wb") as f:
        f.write(p.stderr)
    with open(os.path.join(here, base + ".rc"), "w") as f:
        f.write("%d\n" % p.returncode)
scratch = os.path.join(here, "_bytepy_test_file.txt")  # made by files.py
if os.path.exists(scratch):
    os.remove(scratch)
