// Package statistics provides bytepy's statistics module, written in Python
// (statistics.py, built in with go:embed).
package statistics

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed statistics.py
var src []byte

func init() { vm.RegisterSourceModule("statistics", "<frozen statistics>", src) }
