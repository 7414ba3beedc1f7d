package cmathmod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/cmathmod"
	"github.com/bytepy/bytepy/interp/lib/internal/libm"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/mathmod"
)

func TestSnippets(t *testing.T) {
	var skip map[string]string
	if !libm.Exact {
		skip = map[string]string{"values": "built without cgo: last-bit differences from the C library expected"}
	}
	snippets.Check(t, skip)
}
