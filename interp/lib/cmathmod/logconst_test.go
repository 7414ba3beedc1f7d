package cmathmod

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/libm"
)

// logLargeDouble is written out as a constant; it must be the C
// library's log(DBL_MAX/4), as CPython computes it.
func TestLogLargeDouble(t *testing.T) {
	if !libm.Exact {
		t.Skip("built without cgo: libm.Log is Go's math.Log")
	}
	if got := libm.Log(largeDouble); got != logLargeDouble {
		t.Fatalf("log(DBL_MAX/4) = %v, constant says %v", got, logLargeDouble)
	}
}
