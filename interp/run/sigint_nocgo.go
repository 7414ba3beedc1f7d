//go:build !cgo

package run

import "github.com/bytepy/bytepy/interp/vm"

// interruptOnSIGINT makes SIGINT interrupt it (KeyboardInterrupt) until
// the returned stop is called; without cgo, through os/signal.
func interruptOnSIGINT(it *vm.Interp) (stop func()) { return interruptByNotify(it) }
