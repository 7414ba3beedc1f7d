"""Time testdata/bench.pyx under real Cython (Debian's cython3 0.29.32 with
/usr/bin/python3), as %timeit would: python3 cython_bench.py prints one line
per benchmark in ns per call. The Go side is BenchmarkCall* in
native/bench_test.go; run both in the same session to compare."""
import importlib.util, os, subprocess, sysconfig, tempfile, timeit

here = os.path.dirname(os.path.abspath(__file__))
tmp = tempfile.mkdtemp()
subprocess.check_call(["cython3", "-3", os.path.join(here, "bench.pyx"), "-o", os.path.join(tmp, "bench.c")],
                      stderr=subprocess.DEVNULL)
so = os.path.join(tmp, "bench" + sysconfig.get_config_var("EXT_SUFFIX"))
subprocess.check_call(["gcc", "-O2", "-fPIC", "-shared", "-fwrapv", "-I" + sysconfig.get_paths()["include"],
                       os.path.join(tmp, "bench.c"), "-o", so])
spec = importlib.util.spec_from_file_location("bench", so)
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
for name, stmt in [("CallSimpleLoop", "cc_simple_loop()"), ("Fib25", "fib(25)"),
                   ("Primes30000", "count_primes(30000)"), ("Leibniz1e6", "leibniz(1000000)")]:
    t = timeit.Timer(stmt, globals=vars(mod))
    n, _ = t.autorange()
    best = min(t.repeat(5, n)) / n
    print("%-16s %12.1f ns/call" % (name, best * 1e9))
