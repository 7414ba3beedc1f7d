package itertools_test

import (
	"os"
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/collections"
	_ "github.com/bytepy/bytepy/interp/lib/contextlib"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/io"
	_ "github.com/bytepy/bytepy/interp/lib/itertools"
)

// TestSnippets compares every testdata/*.py with its golden (made by
// tools/golden/gen_snippets.py under CPython 3.7) and with the live oracle.
func TestSnippets(t *testing.T) { snippets.Check(t, nil) }

// TestRunFile runs the program named by $BYTEPY_RUN and prints its
// output, for trying things by hand.
func TestRunFile(t *testing.T) {
	f := os.Getenv("BYTEPY_RUN")
	if f == "" {
		t.Skip("set BYTEPY_RUN=file.py to run a program")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	os.Stdout.WriteString(snippets.Run(f, src))
}
