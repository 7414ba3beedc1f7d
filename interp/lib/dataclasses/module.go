// Package dataclasses provides bytepy's dataclasses module, written in
// Python (dataclasses.py, built in with go:embed).
package dataclasses

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed dataclasses.py
var src []byte

func init() { vm.RegisterSourceModule("dataclasses", "<frozen dataclasses>", src) }
