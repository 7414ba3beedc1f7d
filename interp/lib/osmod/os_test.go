package osmod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/abc"
	_ "github.com/bytepy/bytepy/interp/lib/collections"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/osmod"
)

// TestSnippets compares every testdata/*.py with its golden (made by
// tools/golden/gen_snippets.py under CPython 3.7) and with the live oracle.
func TestSnippets(t *testing.T) { snippets.CheckWith(t, snippets.Options{MaskAddrs: false}) }

// TestScratch runs $BYTEPY_SCRATCH against the oracle.
func TestScratch(t *testing.T) { snippets.Scratch(t) }
