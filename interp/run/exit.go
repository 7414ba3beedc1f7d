package run

import (
	"io"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

// ExitStatus is the exit status for an uncaught SystemExit e, as
// CPython's handle_system_exit computes it (printing a non-integer code
// to stderr); the interactive prompt exits with it.
func ExitStatus(it *vm.Interp, e *py.Exception, stderr io.Writer) int {
	return exitStatus(it, e, stderr)
}
