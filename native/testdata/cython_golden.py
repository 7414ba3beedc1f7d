"""Regenerate semantics.golden from real Cython (Debian's cython3 0.29.32).

Run with /usr/bin/python3 (the Python cython3 builds for):
/usr/bin/python3 cython_golden.py [OUT]; OUT defaults to semantics.golden. It compiles semantics.pyx with cython3 and
gcc -O2 -fwrapv, evaluates every line of semantics.cases against the module
and writes "case -> repr" or "case !! Type: message". CPython 3.11 prefixes
METH_O/METH_NOARGS messages with the module name; 3.7, bytepy's dialect,
does not, so the prefix is removed.
"""
import importlib.util, os, subprocess, sys, sysconfig, tempfile

here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp()
subprocess.check_call(["cython3", "-3", os.path.join(here, "semantics.pyx"), "-o", os.path.join(tmp, "semantics.c")],
                      stderr=subprocess.DEVNULL)
so = os.path.join(tmp, "semantics" + sysconfig.get_config_var("EXT_SUFFIX"))
subprocess.check_call(["gcc", "-O2", "-fPIC", "-shared", "-fwrapv", "-I" + sysconfig.get_paths()["include"],
                       os.path.join(tmp, "semantics.c"), "-o", so])
spec = importlib.util.spec_from_file_location("semantics", so)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
out = []
for case in open(os.path.join(here, "semantics.cases")).read().splitlines():
    if not case.strip():
        continue
    try:
        out.append("%s -> %r" % (case, eval(case, vars(mod))))
    except Exception as e:
        out.append("%s !! %s: %s" % (case, type(e).__name__, str(e).replace("semantics.", "")))
dest = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "semantics.golden")
open(dest, "w").write("\n".join(out) + "\n")
