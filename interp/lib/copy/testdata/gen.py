# Regenerates the golden stdout of every program in this directory:
#   cd interp/lib/copy/testdata && python3.7 gen.py
# Each NAME.py is run by CPython 3.7 in this directory; NAME.out is its
# stdout. The test compares bytepy's output with it exactly, after
# replacing object addresses ("at 0x...") with a fixed token.
import glob
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
for path in sorted(glob.glob(os.path.join(here, '*.py'))):
    name = os.path.basename(path)
    if name == 'gen.py':
        continue
    r = subprocess.run([sys.executable, name], cwd=here, stdout=subprocess.PIPE)
    with open(path[:-3] + '.out', 'wb') as f:
        f.write(r.stdout)
