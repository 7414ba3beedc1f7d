// Package textwrap provides bytepy's textwrap module, written in Python
// (textwrap.py, built in with go:embed).
package textwrap

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed textwrap.py
var src []byte

func init() { vm.RegisterSourceModule("textwrap", "<frozen textwrap>", src) }
