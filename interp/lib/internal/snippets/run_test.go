package snippets_test

import (
	"fmt"
	"os"
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/bisectmod"
	_ "github.com/bytepy/bytepy/interp/lib/cmathmod"
	_ "github.com/bytepy/bytepy/interp/lib/functoolsmod"
	_ "github.com/bytepy/bytepy/interp/lib/heapqmod"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/itertools" // used by the heapq corpus programs
	_ "github.com/bytepy/bytepy/interp/lib/mathmod"
	_ "github.com/bytepy/bytepy/interp/lib/operatormod"
)

// TestRunFile is a development aid: PYFILE=prog.py go test -run RunFile -v
// prints what bytepy (with these modules) makes of a program.
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
