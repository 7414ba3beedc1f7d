// Package contextlib provides bytepy's contextlib module, written in
// Python (contextlib.py, built in with go:embed): contextmanager and its
// generator protocol, suppress, closing, nullcontext, redirect_stdout and
// redirect_stderr (which swap sys.stdout/sys.stderr, where print looks
// each time), ExitStack and ContextDecorator.
package contextlib

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed contextlib.py
var src []byte

func init() {
	vm.RegisterSourceModule("contextlib", "<frozen contextlib>", src)
}
