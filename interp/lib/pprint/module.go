// Package pprint provides bytepy's pprint module, written in Python
// (pprint.py, built in with go:embed).
package pprint

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed pprint.py
var src []byte

func init() { vm.RegisterSourceModule("pprint", "<frozen pprint>", src) }
