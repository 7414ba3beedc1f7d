// Package stringmod is the string module: the ASCII constants, capwords,
// Template and Formatter, written in Python (string.py, embedded).
//
// Template scans the default placeholder syntax by hand, so it works
// without the re module; only a subclass that customises the pattern
// imports re. Formatter parses format strings with the same state
// machine str.format uses (literal text, then name, !conversion and
// :spec with nested braces), so its errors read as CPython's.
package stringmod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed string.py
var source []byte

func init() { vm.RegisterSourceModule("string", "<frozen string>", source) }
