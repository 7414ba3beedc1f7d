package heapqmod_test

import (
	"testing"

	_ "github.com/bytepy/bytepy/interp/lib/heapqmod"
	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
)

func TestSnippets(t *testing.T) { snippets.Check(t) }
