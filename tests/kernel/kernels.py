"""Which kernel the Python integration tests talk to, and how to start it.

The tests run against the real `bytepy kernel` (the VM and the magics
shell, package engine). BYTEPY_TEST_ENGINE=fake runs them against the fake
engine (kernel/internal/fakekernel) instead, which understands exactly the
Python snippets these tests send: useful to test the protocol layer alone.
"""
import json
import os
import subprocess
import tempfile

ENGINE = os.environ.get("BYTEPY_TEST_ENGINE", "real")

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Kernelspecs live in a private JUPYTER_PATH so tests never touch the
# user's Jupyter setup and never pick up an installed bytepy by accident.
_SPEC_ROOT = tempfile.mkdtemp(prefix="bytepy-kernelspecs-")
os.environ["JUPYTER_PATH"] = _SPEC_ROOT + os.pathsep + os.environ.get("JUPYTER_PATH", "")

_built = {}


def binary(name):
    """Path of the fake kernel ("fake") or bytepy ("real"), building it with
    go if $BYTEPY_FAKEKERNEL / $BYTEPY_BIN do not name one. None if the
    build fails (the caller skips)."""
    if name in _built:
        return _built[name]
    env, pkg = {"fake": ("BYTEPY_FAKEKERNEL", "./kernel/internal/fakekernel"),
                "real": ("BYTEPY_BIN", "./cmd/bytepy")}[name]
    path = os.environ.get(env)
    if not path:
        path = os.path.join(_SPEC_ROOT, "bin", name)
        r = subprocess.run(["go", "build", "-o", path, pkg], cwd=REPO,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if r.returncode != 0:
            print(f"kernels.py: go build {pkg} failed:\n{r.stdout.decode()}")
            path = None
    _built[name] = path
    return path


def kernel_name(engine=None):
    """Install (once) and name the kernelspec for engine ("fake"/"real")."""
    engine = engine or ENGINE
    name = "bytepy-test-" + engine
    spec = os.path.join(_SPEC_ROOT, "kernels", name, "kernel.json")
    if not os.path.exists(spec):
        path = binary(engine)
        if path is None:
            return None
        argv = [path] + (["kernel"] if engine == "real" else [])
        argv += ["--connection-file", "{connection_file}"]
        if os.environ.get("BYTEPY_LOG"):
            argv += ["--log-level", os.environ["BYTEPY_LOG"]]
        os.makedirs(os.path.dirname(spec))
        with open(spec, "w") as f:
            json.dump({"argv": argv, "display_name": "bytepy test (%s)" % engine,
                       "language": "python", "interrupt_mode": "signal"}, f)
    return name
