package collections_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// conformanceDir holds the VM's corpus: NAME.py with the oracle's
// NAME.out, NAME.err and NAME.rc.
const conformanceDir = "../../vm/testdata/conformance"

// conformance lists the corpus programs that exercise this package's
// modules (collections, itertools, contextlib, io) and nothing else
// that is missing.
var conformance = []string{
	"algo_graph_bfs_dfs", "builtins_iter_sentinel", "collections_chainmap",
	"collections_counter", "collections_counter_text", "collections_defaultdict",
	"collections_deque", "collections_deque_algorithms", "collections_namedtuple",
	"collections_ordereddict", "contextlib_tools", "io_stringio", "io_stringio_lines",
	"itertools_accumulate_chain", "itertools_combinatorics", "itertools_compress_dropwhile",
	"itertools_count_cycle_repeat", "itertools_groupby", "itertools_tee",
}

// TestConformance runs those programs and compares stdout, the last line
// of stderr and the exit status with the corpus goldens.
func TestConformance(t *testing.T) {
	for _, name := range conformance {
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
			if strings.TrimSpace(string(rc)) != "0" && len(rc) > 0 {
				lines := strings.Split(strings.TrimRight(string(errText), "\n"), "\n")
				want += "!! " + lines[len(lines)-1] + "\n"
			}
			got := snippets.Run(name+".py", src)
			if i := strings.Index(got, "ModuleNotFoundError: No module named"); i >= 0 && !strings.Contains(want, "ModuleNotFoundError") {
				t.Skipf("needs a module not built in yet: %s", strings.TrimSpace(got[i:]))
			}
			if got != want {
				t.Errorf("mismatch:\n%s", snippets.Diff(want, got))
			}
		})
	}
}
