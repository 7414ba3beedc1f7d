// Package datetime provides bytepy's datetime module, written in Python
// (datetime.py, built in with go:embed).
package datetime

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed datetime.py
var src []byte

func init() { vm.RegisterSourceModule("datetime", "<frozen datetime>", src) }
