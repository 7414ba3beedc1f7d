// Package numbers provides bytepy's numbers module, written in Python
// (numbers.py, built in with go:embed).
package numbers

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed numbers.py
var src []byte

func init() { vm.RegisterSourceModule("numbers", "<frozen numbers>", src) }
