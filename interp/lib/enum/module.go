// Package enum provides bytepy's enum module, written in Python (enum.py,
// built in with go:embed): Enum, IntEnum, Flag, IntFlag, auto and unique.
package enum

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed enum.py
var src []byte

func init() { vm.RegisterSourceModule("enum", "<frozen enum>", src) }
