// Package fractions provides bytepy's fractions module, written in Python
// (fractions.py, built in with go:embed).
package fractions

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed fractions.py
var src []byte

func init() { vm.RegisterSourceModule("fractions", "<frozen fractions>", src) }
