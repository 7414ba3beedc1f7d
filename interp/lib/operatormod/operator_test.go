package operatormod_test

import (
	"testing"

	"github.com/bytepy/bytepy/interp/lib/internal/snippets"
	_ "github.com/bytepy/bytepy/interp/lib/operatormod"
)

func TestSnippets(t *testing.T) { snippets.Check(t) }
