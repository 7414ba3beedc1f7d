#!/usr/bin/env bash
# tests/notebooks/run.sh — execute every notebook in notebooks/ under a
# freshly built bytepy with `jupyter nbconvert --execute`; a cell that
# raises fails its notebook unless it carries the raises-exception tag.
# nbconvert and nbclient come from Debian's packages, installed here when
# missing. The kernelspec goes into a private JUPYTER_DATA_DIR, so neither
# an installed bytepy nor the user's Jupyter setup is touched or used.
#
#   tests/notebooks/run.sh                       every notebook
#   tests/notebooks/run.sh notebooks/tour.ipynb  some of them
set -euo pipefail
cd "$(dirname "$0")"
REPO="$(cd ../.. && pwd)"
PY=/usr/bin/python3 # Debian's, which the python3-* packages belong to
export PATH="$PATH:/usr/local/go/bin"

need=()
command -v jupyter >/dev/null || need+=(jupyter-core)
command -v jupyter-nbconvert >/dev/null || need+=(jupyter-nbconvert)
"$PY" -c 'import nbclient' 2>/dev/null || need+=(python3-nbclient)
"$PY" -c 'import jupyter_client' 2>/dev/null || need+=(python3-jupyter-client)
if [ ${#need[@]} -gt 0 ]; then
	echo "run.sh: installing ${need[*]}"
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
	else
		echo "run.sh: missing Debian packages: ${need[*]}; install them with apt-get" >&2
		exit 1
	fi
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
(cd "$REPO" && go build -o "$TMP/bin/bytepy" ./cmd/bytepy)
export JUPYTER_DATA_DIR="$TMP/data"
export JUPYTER_RUNTIME_DIR="$TMP/runtime"
export JUPYTER_CONFIG_DIR="$TMP/config"
export BYTEPY_LOG="${BYTEPY_LOG:-error}"
"$TMP/bin/bytepy" install --user >/dev/null
# The spec we just wrote must be the one Jupyter resolves for "bytepy".
# (Captured first: grep -q closing the pipe early would fail it under pipefail.)
specs="$(jupyter kernelspec list 2>/dev/null || true)"
grep -q "^ *bytepy  *$JUPYTER_DATA_DIR/kernels/bytepy\$" <<<"$specs" || {
	echo "run.sh: jupyter does not see the kernelspec in $JUPYTER_DATA_DIR" >&2
	jupyter kernelspec list >&2
	exit 1
}

notebooks=("$@")
if [ ${#notebooks[@]} -eq 0 ]; then
	notebooks=("$REPO"/notebooks/*.ipynb)
fi

passed=0 failed=0
for nb in "${notebooks[@]}"; do
	name="$(basename "$nb" .ipynb)"
	log="$TMP/$name.log"
	if jupyter nbconvert --to notebook --execute \
		--ExecutePreprocessor.kernel_name=bytepy \
		--ExecutePreprocessor.timeout=300 \
		--output-dir "$TMP/out" --output "$name" "$nb" >"$log" 2>&1; then
		echo "ok     $nb"
		passed=$((passed + 1))
	else
		echo "FAIL   $nb"
		# nbclient's CellExecutionError names the cell and its traceback.
		if grep -q 'CellExecutionError:' "$log"; then
			sed -n '/CellExecutionError:/,$p' "$log"
		else
			tail -n 30 "$log"
		fi | sed 's/^/       /'
		failed=$((failed + 1))
	fi
done
echo "notebooks: $passed passed, $failed failed"
[ "$failed" = 0 ] && [ "$passed" -gt 0 ]
