// Package futuremod is the __future__ module: the feature records a
// `from __future__ import name` statement imports at run time (the
// compiler acts on the statement itself). Written in Python (future.py,
// embedded).
package futuremod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed future.py
var source []byte

func init() { vm.RegisterSourceModule("__future__", "<frozen __future__>", source) }
