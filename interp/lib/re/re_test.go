package remod_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/re"
)

func TestSnippets(t *testing.T) { snippets.Check(t) }

// TestRunFile is a development aid: PYFILE=prog.py go test -run RunFile -v
// prints what bytepy makes of a program that uses re.
func TestRunFile(t *testing.T) {
	f := os.Getenv("PYFILE")
	if f == "" {
		t.Skip("set PYFILE to run a program")
	}
	src, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(snippets.Run(f, src))
}
