package remod_test

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
// module.
var conformance = []string{
	"re_basic", "re_character_classes", "re_flags_groups", "re_match_objects", "re_split_sub_advanced",
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
