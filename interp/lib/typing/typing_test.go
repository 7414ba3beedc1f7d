package typing_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/abc"
	_ "github.com/bytepy/bytepy/interp/lib/collections"
	_ "github.com/bytepy/bytepy/interp/lib/copy"
	_ "github.com/bytepy/bytepy/interp/lib/dataclasses"
	_ "github.com/bytepy/bytepy/interp/lib/functoolsmod"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/keyword"
	_ "github.com/bytepy/bytepy/interp/lib/typing"
)

// TestSnippets compares every testdata/*.py with its golden (made by
// tools/golden/gen_snippets.py under CPython 3.7) and with the live oracle.
func TestSnippets(t *testing.T) { snippets.CheckWith(t, snippets.Options{MaskAddrs: true}) }

// TestScratch runs $BYTEPY_SCRATCH against the oracle.
func TestScratch(t *testing.T) { snippets.Scratch(t) }
