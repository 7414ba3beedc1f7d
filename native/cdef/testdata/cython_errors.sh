#!/bin/sh
# Prints cython3's (Debian 0.29.32) report for each cell that TestErrors in
# ../cdef_test.go checks; the expected "FILE:LINE:COL: message" lines there
# were copied from this output (file renamed to e.pyx).
set -e
dir=$(mktemp -d)
n=0
while IFS= read -r cell; do
	n=$((n + 1))
	printf '%b' "$cell" > "$dir/e$n.pyx"
	echo "== $cell"
	(cd "$dir" && cython3 -3 "e$n.pyx" 2>&1 | grep -v -i 'warning\|obj = \|hasattr' | tail -n 8) || true
done <<'CELLS'
def f():\n    cdef foo x = 1\n    return x\n
def f():\n    x = = 1\n
def f():\n    cdef int x\n    cdef double x\n
def f():\n    cdef int\n
def f():\n    cdef int x y\n
def f(int n):\n    cdef int a[n]\n
def f(\n
def f(foo n):\n    return n\n
cdef int f(int x) except:\n    return x\n
def f():\n    return y +\n
CELLS
rm -rf "$dir"
