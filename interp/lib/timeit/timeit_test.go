package timeitmod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/gcmod"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/timeit"
)

// TestPrograms runs testdata/*.py against the goldens written by
// testdata/gen.py under CPython 3.7, and against the live oracle.
func TestPrograms(t *testing.T) { snippets.Check(t) }

// TestScratch runs the program named by $BYTEPY_SCRATCH, for ad-hoc checks.
func TestScratch(t *testing.T) { snippets.Scratch(t) }
