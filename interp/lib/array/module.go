// Package array provides bytepy's array module, written in Python
// (array.py, built in with go:embed).
package array

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed array.py
var src []byte

func init() { vm.RegisterSourceModule("array", "<frozen array>", src) }
