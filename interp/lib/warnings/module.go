// Package warnings provides bytepy's warnings module, written in Python
// (warnings.py, built in with go:embed).
package warnings

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed warnings.py
var src []byte

func init() { vm.RegisterSourceModule("warnings", "<frozen warnings>", src) }
