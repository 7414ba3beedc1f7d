# Regenerates the golden *.out files from CPython 3.7:
#   cd interp/lib/ast/testdata && python3.7 gen.py
# A program that raises ends with "!! " and the exception's last line,
# the same format the Go test writes.
import glob
import subprocess
import sys

for f in sorted(glob.glob("*.py")):
    if f in ("gen.py", "gen_nodes.py"):
        continue
    p = subprocess.run([sys.executable, "-B", f], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = p.stdout.decode()
    if p.returncode != 0:
        err = p.stderr.decode().rstrip("\n").split("\n")[-1]
        out += "!! " + err + "\n"
    with open(f[:-3] + ".out", "w") as w:
        w.write(out)
