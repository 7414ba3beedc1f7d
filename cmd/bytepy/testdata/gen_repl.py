# Regenerates the goldens of the interactive prompt tests from the oracle.
#
# Run from the repository root with CPython 3.7.16:
#   /root/.pyenv/versions/3.7.16/bin/python3.7 cmd/bytepy/testdata/gen_repl.py
#
# Each repl/NAME.in is fed to `python3.7 -i` (stdin a pipe, so CPython
# prompts on stderr without line editing, as bytepy's prompt does on a
# terminal), with PYTHONHASHSEED=0, and its stdout, stderr and exit status
# are written to NAME.out, NAME.err and NAME.rc. The banner (the lines
# before the first prompt) is cut from NAME.err, since bytepy's names
# itself.
import glob
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "repl")


def main():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    for path in sorted(glob.glob(os.path.join(HERE, "*.in"))):
        with open(path, "rb") as f:
            data = f.read()
        p = subprocess.run([sys.executable, "-i", "-q"], input=data, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, env=env, cwd=HERE, timeout=20)
        base = path[:-3]
        for ext, content in ((".out", p.stdout), (".err", p.stderr), (".rc", b"%d\n" % p.returncode)):
            with open(base + ext, "wb") as f:
                f.write(content)
        print(os.path.basename(base), "rc=%d" % p.returncode)


main()
