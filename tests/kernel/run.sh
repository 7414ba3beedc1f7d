#!/usr/bin/env bash
# tests/kernel/run.sh — the kernel's Python integration tests, driven by
# Debian's Jupyter packages (installed here when missing): the official
# jupyter_kernel_test suite, protocol behaviour, and hostile input.
#
#   tests/kernel/run.sh                    all of them, against `bytepy kernel`
#   BYTEPY_TEST_ENGINE=fake tests/kernel/run.sh   the protocol layer, fake engine
#   tests/kernel/run.sh test_security      one module (unittest names)
#
# Kernel logs go to stderr at BYTEPY_LOG (default error).
set -euo pipefail
cd "$(dirname "$0")"
REPO="$(cd ../.. && pwd)"
PY=/usr/bin/python3 # Debian's, which the python3-* packages belong to
export PATH="$PATH:/usr/local/go/bin"

need=()
"$PY" -c 'import jupyter_client' 2>/dev/null || need+=(python3-jupyter-client jupyter-client)
"$PY" -c 'import jupyter_kernel_test' 2>/dev/null || need+=(python3-jupyter-kernel-test)
"$PY" -c 'import ipykernel' 2>/dev/null || need+=(python3-ipykernel)
"$PY" -c 'import zmq' 2>/dev/null || need+=(python3-zmq)
if [ ${#need[@]} -gt 0 ]; then
	echo "run.sh: installing ${need[*]}"
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
	else
		echo "run.sh: missing Debian packages: ${need[*]}; install them with apt-get" >&2
		exit 1
	fi
fi

BIN="$(mktemp -d)"
LOG="$BIN/unittest.log"
trap 'rm -rf "$BIN"' EXIT
(cd "$REPO" && go build -o "$BIN/fakekernel" ./kernel/internal/fakekernel)
# bytepy may not build while the interpreter is in progress; the real-engine
# tests then skip (kernels.py rebuilds and reports why).
(cd "$REPO" && go build -o "$BIN/bytepy" ./cmd/bytepy) && export BYTEPY_BIN="$BIN/bytepy" || true
export BYTEPY_FAKEKERNEL="$BIN/fakekernel"
export BYTEPY_LOG="${BYTEPY_LOG:-error}"
export PYTHONDONTWRITEBYTECODE=1
export JUPYTER_RUNTIME_DIR="$BIN/runtime"

modules=("$@")
[ ${#modules[@]} -gt 0 ] || modules=(test_suite test_protocol test_security)

set +e
"$PY" -m unittest -v "${modules[@]}" 2>&1 | tee "$LOG"
status=${PIPESTATUS[0]}
set -e

# unittest's summary, restated as the plain line CI reads.
ran=$(sed -n 's/^Ran \([0-9]*\) tests\{0,1\}.*/\1/p' "$LOG" | tail -1 || true)
failures=$(grep -o 'failures=[0-9]*' "$LOG" | tail -1 | cut -d= -f2 || true)
errors=$(grep -o 'errors=[0-9]*' "$LOG" | tail -1 | cut -d= -f2 || true)
skipped=$(grep -o 'skipped=[0-9]*' "$LOG" | tail -1 | cut -d= -f2 || true)
ran=${ran:-0} failures=${failures:-0} errors=${errors:-0} skipped=${skipped:-0}
echo "kernel: $((ran - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
if [ "$ran" = 0 ]; then
	echo "run.sh: no test ran" >&2
	exit 1
fi
exit $status
