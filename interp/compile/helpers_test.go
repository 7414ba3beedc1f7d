package compile_test

import (
	"errors"
	"testing"

	"github.com/bytepy/bytepy/interp/syntax"
)

func asSyntax(t *testing.T, err error) *syntax.Error {
	t.Helper()
	var se *syntax.Error
	if !errors.As(err, &se) {
		t.Fatalf("error %T is not a *syntax.Error: %v", err, err)
	}
	return se
}
