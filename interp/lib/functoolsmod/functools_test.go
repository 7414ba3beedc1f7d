package functoolsmod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/functoolsmod"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

func TestSnippets(t *testing.T) { snippets.Check(t) }
