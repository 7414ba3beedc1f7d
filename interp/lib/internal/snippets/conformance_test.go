package snippets_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// conformanceDir holds the VM's corpus: NAME.py with the oracle's
// NAME.out, NAME.err and NAME.rc.
const conformanceDir = "../../../vm/testdata/conformance"

// numericPrograms are the corpus programs that import math, cmath,
// operator, functools, heapq or bisect. (Others that import them but fail
// on VM features — builtins_code_cell_module, builtins_import,
// class_compare, class_format_dunder, float_ops, oop_shapes_abc — are
// left to the VM's own corpus run.)
var numericPrograms = []string{
	"algo_dijkstra", "algo_fractions_gcd", "decorators", "exc_name_attr_errors",
	"itertools_accumulate_chain", "oop_shapes_abstract", "oop_vector_class",
	"bisect_module", "bisect_sorted_insert", "cmath_module",
	"functools_lru_cache", "functools_reduce_partial", "functools_wraps_total",
	"heapq_module", "heapq_priority_queue", "math_integer_functions", "math_module",
	"operator_module", "operator_sorting_helpers",
}

// TestConformance compares stdout, the last line of stderr and the exit
// status with the corpus goldens.
func TestConformance(t *testing.T) {
	for _, name := range numericPrograms {
		t.Run(name, func(t *testing.T) {
			base := filepath.Join(conformanceDir, name)
			src, err := os.ReadFile(base + ".py")
			if err != nil {
				t.Skipf("corpus program not present: %v", err)
			}
			out, _ := os.ReadFile(base + ".out")
			errText, _ := os.ReadFile(base + ".err")
			rc, _ := os.ReadFile(base + ".rc")
			want := string(out)
			if len(rc) > 0 && strings.TrimSpace(string(rc)) != "0" {
				lines := strings.Split(strings.TrimRight(string(errText), "\n"), "\n")
				want += "!! " + lines[len(lines)-1] + "\n"
			}
			if !libm.Exact && (name == "math_module" || name == "cmath_module") {
				t.Skip("built without cgo: last-bit differences from the C library expected")
			}
			if got := snippets.Run(name+".py", src); got != want {
				t.Errorf("mismatch:\n%s", snippets.Diff(want, got))
			}
		})
	}
}
