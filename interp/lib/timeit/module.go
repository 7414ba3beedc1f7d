// Package timeitmod is the timeit module, written in Python (timeit.py,
// embedded). As in CPython 3.7, a Timer builds the source of a function
// inner(_it, _timer) with the setup and the statement pasted into it,
// compiles it under the file name "<timeit-src>" and runs it in the VM,
// so the timed loop is ordinary bytecode. The private module _timeit
// supplies a perf_counter for when the time module is not linked in.
package timeitmod

import (
	_ "embed"
	"time"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed timeit.py
var timeitSource []byte

// epoch is perf_counter's zero; only differences between readings mean
// anything.
var epoch = time.Now()

func init() {
	vm.RegisterModule("_timeit", func(it *vm.Interp, m *py.Module) error {
		m.Dict.SetStr("perf_counter", py.NewBuiltin("perf_counter", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if len(a) != 0 {
				return py.Null, py.Errorf(py.TypeErrorType, "perf_counter() takes no arguments (%d given)", len(a))
			}
			return py.MakeFloat(time.Since(epoch).Seconds()), nil
		}))
		return nil
	})
	vm.RegisterSourceModule("timeit", "<frozen timeit>", timeitSource)
}
