package mathmod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/cmathmod"
	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/mathmod"
	_ "github.com/bytepy/bytepy/interp/lib/operatormod"
)

func TestSnippets(t *testing.T) {
	var skip map[string]string
	if !libm.Exact {
		// Without cgo, Go's math package is used, and it is not always
		// correctly rounded as glibc is.
		skip = map[string]string{
			"accuracy": "built without cgo: last-bit differences from the C library expected",
			"basics":   "built without cgo: last-bit differences from the C library expected",
			"special":  "built without cgo: last-bit differences from the C library expected",
		}
	}
	snippets.Check(t, skip)
}
