#!/usr/bin/python3
"""Regenerate magics.json from the oracle, IPython 8.5 as Debian's
/usr/bin/python3 has it:

    /usr/bin/python3 magics/testdata/gen_magics.py

Timing is made deterministic by replacing the clocks and the timer inside
IPython's own %timeit and %time, so the cases pin the algorithm (loop
counts tried, warning, plural forms, compile time line) and the exact
text, not this machine's speed."""
import contextlib
import io
import json
import os
import re
import types

from IPython.core.interactiveshell import InteractiveShell
from IPython.core.error import UsageError
from IPython.core.magic import Magics, magics_class
from IPython.core.magics import execution
from IPython.lib.pretty import pretty

sh = InteractiveShell.instance()
sh.user_ns.update({"x": 5, "name": "abc", "lst": [1, 2, 3]})


def run(fn):
    """fn's stdout (encoded as utf-8, as a kernel's is) and result."""
    buf = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    err = None
    with contextlib.redirect_stdout(buf):
        try:
            res = fn()
        except UsageError as e:
            res, err = None, "UsageError: %s" % e
    buf.flush()
    return buf.buffer.getvalue().decode("utf-8"), res, err


class Seq:
    """A clock that returns the given readings in turn."""

    def __init__(self, values):
        self.values = list(values)

    def __call__(self):
        return self.values.pop(0)


PARSE_CASES = [
    ("simple_loop()", "n:r:tcp:qo"),
    ("-n 1000 -r 7 f(1, 2)", "n:r:tcp:qo"),
    ("-n1000 f()", "n:r:tcp:qo"),
    ("-o -q f()", "n:r:tcp:qo"),
    ("-oq f()", "n:r:tcp:qo"),
    ("-n 10 -n 20 f()", "n:r:tcp:qo"),
    ("-t -c f()", "n:r:tcp:qo"),
    ("-p 5 x = 1; y = 2", "n:r:tcp:qo"),
    ('f(" ")', "n:r:tcp:qo"),
    ("-n 1 f('a b')", "n:r:tcp:qo"),
    ("-x f()", "n:r:tcp:qo"),
    ("-n", "n:r:tcp:qo"),
    ("--foo f()", "n:r:tcp:qo"),
    ("-- -n 1", "n:r:tcp:qo"),
    ("", "n:r:tcp:qo"),
    ("   ", "n:r:tcp:qo"),
    ("-r 3 -n 10 x-n", "n:r:tcp:qo"),
    ("-n 1 n1 = 1", "n:r:tcp:qo"),
    ("f() -n 5", "n:r:tcp:qo"),
    ("-q", "n:r:tcp:qo"),
    ("-n 2 'unclosed", "n:r:tcp:qo"),
    ("-n 2 \"a b\"c d", "n:r:tcp:qo"),
    ("-qb /tmp", "qb"),
    ("-", "qb"),
    ("-n 3\tf()", "n:r:tcp:qo"),
]


@magics_class
class Probe(Magics):
    pass


def parse_cases():
    m = Probe(shell=sh)
    out = []
    for line, spec in PARSE_CASES:
        case = {"line": line, "spec": spec}
        try:
            opts, rest = m.parse_options(line, spec, posix=False, strict=False, preserve_non_opts=True)
            case["opts"] = {k: (v if isinstance(v, list) else [v]) for k, v in opts.items()}
            case["rest"] = rest
        except UsageError as e:
            case["error"] = str(e)
        out.append(case)
    return out


# (line, cell, timer readings, compile time)
TIMEIT_CASES = [
    ("-n 1 -r 1 pass", None, [1.35e-6], 0.0),
    ("-n 1 -r 7 pass", None, [1e-3] * 7, 0.0),
    ("pass", None, [0.001, 0.01, 0.1, 1.0] + [1.0, 1.01, 0.99, 1.02, 0.98, 1.0, 1.0], 0.0),
    ("pass", None, [0.0001, 0.001, 0.01, 0.1, 0.5] + [0.443, 0.45, 0.44, 0.46, 0.437, 0.441, 0.452], 0.0),
    ("pass", None, [0.05] * 2 + [0.25] + [0.044, 0.045, 0.046, 0.044, 0.043, 0.047, 0.044], 0.0),
    ("pass", None, [1e-9 * 10 ** i for i in range(9)] + [0.43] + [0.433, 0.436, 0.431, 0.44, 0.43, 0.43, 0.432], 0.0),
    ("pass", None, [0.01] * 10 + [0.4] * 7, 0.0),
    ("-n 100 -r 3 pass", None, [1e-4, 1e-3, 2e-4], 0.0),
    ("-n 1 -r 2 pass", None, [2e-6, 1e-5], 0.0),
    ("-n 1 -r 2 pass", None, [2e-7, 9e-7], 0.0),
    ("-n 1 -r 3 pass", None, [65.0, 66.0, 64.0], 0.0),
    ("-n 1 -r 3 pass", None, [0.9999, 0.9999, 0.9999], 0.0),
    ("-n 1000 -r 7 -p 5 pass", None, [0.0123456, 0.0123457, 0.0123458, 0.0123455, 0.0123459, 0.012346, 0.0123454], 0.0),
    ("-n 1 -r 1 -p 1 pass", None, [0.123], 0.0),
    ("-n 10 -r 3 -q pass", None, [0.1, 0.1, 0.1], 0.0),
    ("-n 10 -r 3 -o pass", None, [0.1, 0.2, 0.3], 0.0),
    ("-n 10 -r 3 -o -q pass", None, [0.1, 0.2, 0.3], 0.0),
    ("-n 1 -r 1 pass", None, [0.5], 0.25),
    ("-n 1 -r 1 pass", None, [0.5], 0.1),
    ("-n 100000000 -r 7 pass", None, [0.433, 0.436, 0.431, 0.44, 0.43, 0.43, 0.432], 0.0),
    ("-n 1 -r 1 pass", None, [0.0], 0.0),
    ("-n 3 -r 2 -t pass", None, [3e-3, 3e-3], 0.0),
    ("-n 3 -r 2 -c pass", None, [3e-3, 3e-3], 0.0),
    ("-n 1 -r 3 x = 1", "x + 1\n", [1e-5, 1e-5, 5e-5], 0.0),
    ("", "x = 1\nx + 1\n", [0.3] + [0.3] * 7, 0.0),
    ("", None, [], 0.0),
]


def timeit_cases():
    out = []
    real_timeit, real_clock = execution.Timer.timeit, execution.clock
    try:
        for line, cell, readings, tc in TIMEIT_CASES:
            asked = []
            left = list(readings)

            def fake(self, number=1000000):
                asked.append(number)
                return left.pop(0)

            execution.Timer.timeit = fake
            execution.clock = Seq([100.0, 100.0 + tc])
            if cell is None:
                text, res, err = run(lambda: sh.run_line_magic("timeit", line))
            else:
                text, res, err = run(lambda: sh.run_cell_magic("timeit", line, cell))
            case = {"line": line, "cell": cell, "readings": readings, "compile_time": tc,
                    "numbers": asked, "stdout": text}
            if err:
                case["error"] = err
            if res is not None:
                case["result"] = {
                    "pretty": pretty(res), "loops": res.loops, "repeat": res.repeat,
                    "best": res.best, "worst": res.worst, "all_runs": res.all_runs,
                    "compile_time": res.compile_time, "timings": res.timings,
                    "average": res.average, "stdev": res.stdev,
                }
            out.append(case)
    finally:
        execution.Timer.timeit, execution.clock = real_timeit, real_clock
    return out


# (line, cell, rusage readings, wall readings, process-clock readings)
TIME_CASES = [
    ("1 + 1", None, [(1.0, 0.5), (1.0012, 0.5)], [10.0, 10.0015], [0, 0, 0, 0]),
    ("x = 1", None, [(1.0, 0.5), (1.0, 0.5)], [10.0, 10.0], [0, 0, 0, 0]),
    ("", "x = 1\nx + 1\n", [(2.0, 0.0), (2.25, 0.125)], [1.0, 3.5], [0, 0, 0, 0]),
    ("", "y = 2\n", [(2.0, 0.0), (2.0000001, 0.0)], [1.0, 1.0000002], [0, 0, 0, 0]),
    ("2 ** 10", None, [(0.0, 0.0), (0.0, 0.0)], [0.0, 65.0], [0, 0.2, 0, 0.3]),
    ("z = 3", "z\n", [(0.0, 0.0), (0.0, 0.0)], [0.0, 0.0], [0, 0, 0, 0]),
]


def time_cases():
    out = []
    real = execution.clock, execution.clock2, execution.time
    try:
        for line, cell, rusage, wall, proc in TIME_CASES:
            execution.clock = Seq(proc)
            execution.clock2 = Seq(rusage)
            execution.time = types.SimpleNamespace(time=Seq(wall))
            if cell is None:
                text, res, err = run(lambda: sh.run_line_magic("time", line))
            else:
                text, res, err = run(lambda: sh.run_cell_magic("time", line, cell))
            case = {"line": line, "cell": cell, "rusage": rusage, "wall": wall, "process": proc,
                    "stdout": text, "result": repr(res)}
            if err:
                case["error"] = err
            out.append(case)
    finally:
        execution.clock, execution.clock2, execution.time = real
    return out


def error_cases():
    out = []
    for kind, name, line, cell in [
        ("line", "foo", "", None),
        ("cell", "foo", "", "x\n"),
        ("line", "capture", "", None),
        ("cell", "pwd", "", "x\n"),
        ("cell", "timeit", "", ""),
        ("cell", "capture", "", ""),
        ("cell", "time", "x = 1", "y\n"),
        ("line", "env", "NO_SUCH_VARIABLE_HERE", None),
        ("line", "load_ext", "", None),
        ("line", "timeit", "-x f()", None),
        ("line", "cd", "-", None),
    ]:
        if kind == "line":
            text, res, err = run(lambda: sh.run_line_magic(name, line))
        else:
            text, res, err = run(lambda: sh.run_cell_magic(name, line, cell))
        out.append({"kind": kind, "name": name, "line": line, "cell": cell, "error": err, "stdout": text})
    return out


NAMESPACE = """
a = 1
b = 'hello'
c = [1, 2, 3]
d = {'k': 1}
t = (1, 2)
def f(): pass
long_text = 'x' * 30 + 'y' * 30
lines = 'one\\ntwo'
pi = 3.14159
_hidden = 5
"""


def namespace_cases():
    """%who and %whos on a known namespace; "vars" is what the VM reports
    for it (Interp.UserVars), so the Go test can replay it."""
    sh.run_line_magic("reset", "-f")
    sh.run_cell(NAMESPACE, store_history=False)
    names = [n for n in sh.user_ns if not n.startswith("_") and n not in sh.user_ns_hidden]
    vars = []
    for n in names:
        v = sh.user_ns[n]
        vars.append({"name": n, "type": type(v).__name__, "str": str(v),
                     "len": len(v) if type(v).__name__ in ("dict", "list", "tuple") else 0})
    out = {"vars": vars, "cases": []}
    for magic, line in [("who", ""), ("who", "int str"), ("who", "float"), ("who", "complex"),
                        ("whos", ""), ("whos", "list tuple"), ("whos", "complex")]:
        text, _, err = run(lambda: sh.run_line_magic(magic, line))
        out["cases"].append({"magic": magic, "line": line, "stdout": text})
    sh.run_line_magic("reset", "-f")
    text, _, _ = run(lambda: sh.run_line_magic("who", ""))
    out["cases"].append({"magic": "who", "line": "", "empty": True, "stdout": text})
    many = "\n".join("v%d = %d" % (i, i) for i in range(20))
    sh.run_cell(many, store_history=False)
    text, _, _ = run(lambda: sh.run_line_magic("who", ""))
    out["many"] = {"stdout": text}
    sh.run_line_magic("reset", "-f")
    return out


SHAPES = ["-n 1 -r 1 pass", "-n 10 -r 3 pass", "-r 2 x = 1", "-n 1 -r 2 import time; time.sleep(0.001)"]
NUM = re.compile(r"\d+(?:\.\d+)?(?:e[+-]\d+)? (?:ns|µs|ms|s)\b")


def shape_cases():
    """Real %timeit runs, numbers masked: the text's form only."""
    out = []
    for line in SHAPES:
        text, _, _ = run(lambda: sh.run_line_magic("timeit", line))
        lines = [l for l in text.splitlines() if not l.startswith("The slowest run")]
        out.append({"line": line, "shape": NUM.sub("T", "\n".join(lines))})
    return out


EXPAND_NS = {"x": 5, "name": "abc", "lst": [1, 2, 3]}
EXPAND = [
    "echo {x}",
    "echo $x",
    "echo $$x",
    "echo '$x'",
    "echo \"$x\"",
    "echo {x!r} {name!r} {name}",
    "echo {{x}}",
    "echo {missing}",
    "echo $missing",
    "echo }",
    "echo {x",
    "ls $name/$x",
    "cost $5",
    "a 'b' $x 'c'",
    "it's $x",
    "{lst}",
    "{x}{x}",
    "$x.real",
    "plain text",
    "",
]


def expand_cases():
    sh.user_ns.update(EXPAND_NS)
    out = []
    for s in EXPAND:
        out.append({"in": s, "out": sh.var_expand(s, depth=10 ** 6, formatter=__import__("IPython").utils.text.DollarFormatter())})
    return {"ns": {k: [repr(v), str(v)] for k, v in EXPAND_NS.items()}, "cases": out}


def main():
    data = {
        "parse_options": parse_cases(),
        "timeit": timeit_cases(),
        "time": time_cases(),
        "errors": error_cases(),
        "lsmagic": str(sh.run_line_magic("lsmagic", "")),
        "expand": expand_cases(),
        "namespace": namespace_cases(),
        "shapes": shape_cases(),
        "precision": [(s, sh.run_line_magic("precision", s)) for s in ["3", "%e", "", "0", "%.2f"]],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "magics.json")
    with open(path, "w") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print({k: len(v) for k, v in data.items()})


if __name__ == "__main__":
    main()
