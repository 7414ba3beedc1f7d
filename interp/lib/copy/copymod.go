// Package copymod is the copy module (copy, deepcopy, Error), written in
// Python (copy.py, embedded).
//
// Built-in containers are copied by type through a dispatch table, with
// deepcopy's memo making shared and cyclic structure come out shared and
// cyclic. User objects honour __copy__/__deepcopy__ and their own
// __reduce_ex__/__reduce__; otherwise they are rebuilt from cls.__new__
// plus their state (__getstate__, or __dict__ and slot values), which is
// what object.__reduce_ex__(4) would describe, without needing copyreg.
package copymod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed copy.py
var source []byte

func init() { vm.RegisterSourceModule("copy", "<frozen copy>", source) }
