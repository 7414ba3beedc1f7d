#!/usr/bin/env bash
# test.sh — every bytepy test, from a fresh clone. Installs what the tests
# need when it is missing, then runs: gofmt, go vet, go test (unit, golden
# and live-oracle tests), a short run of every fuzz target, the kernel
# integration tests and every notebook run through nbconvert.
#
#   ./test.sh            everything
#   FUZZTIME=2m ./test.sh  longer fuzzing
set -euo pipefail
cd "$(dirname "$0")"
export PATH="$PATH:/usr/local/go/bin:$HOME/go/bin"
FUZZTIME="${FUZZTIME:-20s}"

if ! command -v go >/dev/null; then
	echo "test.sh: Go is missing; install Go 1.26 (https://go.dev/dl) and retry" >&2
	exit 1
fi

step() { printf '\n== %s\n' "$*"; }

step "gofmt"
bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$bad" ]; then
	echo "gofmt would change:"; echo "$bad"; exit 1
fi

step "go vet"
go vet ./...

step "go build"
go build -o bin/bytepy ./cmd/bytepy

step "go test"
go test -count=1 ./...

step "fuzz ($FUZZTIME per target)"
# Every Fuzz* function in the repo, run alone in its package.
for f in $(git grep -l '^func Fuzz' -- '*_test.go' || true); do
	pkg="./$(dirname "$f")"
	for fn in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | cut -d' ' -f2); do
		echo "-- $pkg $fn"
		go test -run '^$' -fuzz "^${fn}\$" -fuzztime "$FUZZTIME" "$pkg" >/tmp/bytepy-fuzz.log 2>&1 || {
			cat /tmp/bytepy-fuzz.log; exit 1; }
		tail -n 1 /tmp/bytepy-fuzz.log
	done
done

step "kernel integration (jupyter_client, jupyter_kernel_test)"
tests/kernel/run.sh

step "notebooks (nbconvert --execute under bytepy)"
tests/notebooks/run.sh

step "all tests passed"
