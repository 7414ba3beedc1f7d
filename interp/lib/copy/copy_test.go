package copymod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/copy"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

// TestPrograms runs testdata/*.py against the goldens written by
// testdata/gen.py under CPython 3.7, and against the live oracle; the
// programs print default reprs, so object addresses are masked.
func TestPrograms(t *testing.T) { snippets.CheckWith(t, snippets.Options{MaskAddrs: true}) }
