# Regenerates the golden files of the VM conformance corpus from the oracle.
#
# Run from the repository root with CPython 3.7.16:
#   /root/.pyenv/versions/3.7.16/bin/python3.7 tools/golden/gen_programs.py [NAME ...]
#
# Every interp/vm/testdata/conformance/NAME.py (or only the NAMEs given) is
# run as `python3.7 -B NAME.py` with the program's directory as cwd, so
# tracebacks say `File "NAME.py", line N, in f`, with PYTHONHASHSEED=0 and
# stdin at end of file.
# Its stdout, stderr and exit status are written to NAME.out, NAME.err and
# NAME.rc (the status followed by a newline). Files are rewritten only when
# their content changes, so a second run is a no-op. A program that uses
# more than a second of CPU is reported, since the corpus must stay fast; one
# that hangs for 10 s fails the run.
import os
import resource
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HERE = os.path.join(ROOT, "interp", "vm", "testdata", "conformance")


def write_if_changed(path, data):
    try:
        with open(path, "rb") as f:
            if f.read() == data:
                return False
    except FileNotFoundError:
        pass
    with open(path, "wb") as f:
        f.write(data)
    return True


def env():
    e = dict(os.environ)
    for k in list(e):
        # the oracle must not pick up anything that changes its behaviour
        if k.startswith("PYTHON"):
            del e[k]
    e["PYTHONHASHSEED"] = "0"
    e["PYTHONIOENCODING"] = "utf-8"
    return e


def run(name):
    # CPU time, not wall time: the machine is shared and wall time is noise
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = subprocess.run([sys.executable, "-B", name], cwd=HERE, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), timeout=10)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    took = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    base = name[:-3]
    changed = write_if_changed(os.path.join(HERE, base + ".out"), p.stdout)
    changed |= write_if_changed(os.path.join(HERE, base + ".err"), p.stderr)
    changed |= write_if_changed(os.path.join(HERE, base + ".rc"), b"%d\n" % p.returncode)
    return took, changed, p.returncode


def main(args):
    if sys.version_info[:2] != (3, 7):
        sys.exit("gen_programs.py must run under the oracle, CPython 3.7")
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".py"))
    if args:
        want = {a if a.endswith(".py") else a + ".py" for a in args}
        names = [n for n in names if n in want]
    slow = []
    nchanged = 0
    for name in names:
        took, changed, rc = run(name)
        nchanged += changed
        if took > 1.0:
            slow.append((name, took))
        if changed:
            print("%-40s rc=%d %.2fs" % (name, rc, took))
    print("%d programs, %d goldens changed" % (len(names), nchanged))
    for name, took in slow:
        print("SLOW (over 1 s): %s %.2fs" % (name, took))


if __name__ == "__main__":
    main(sys.argv[1:])
