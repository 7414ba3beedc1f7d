// Package typing provides bytepy's typing module, written in Python
// (typing.py, built in with go:embed).
package typing

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed typing.py
var src []byte

func init() { vm.RegisterSourceModule("typing", "<frozen typing>", src) }
