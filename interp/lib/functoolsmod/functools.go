// Package functoolsmod is Python 3.7's functools module.
//
// The parts on hot paths are Go, in the private module _functools:
// reduce, and _lru_cache_wrapper, the object lru_cache puts around a
// function (a memoised recursive function calls it on every step). The
// rest — partial, wraps/update_wrapper, total_ordering, cmp_to_key,
// singledispatch, partialmethod and the lru_cache decorator factory — is
// Python source written for bytepy (functools.py, embedded).
package functoolsmod

import (
	_ "embed"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed functools.py
var source []byte

func init() {
	vm.RegisterModule("_functools", func(it *vm.Interp, m *py.Module) error {
		m.Set("reduce", py.NewBuiltin("reduce", reduce))
		m.Set("_lru_cache_wrapper", lruType.V())
		return nil
	})
	vm.RegisterSourceModule("functools", "<frozen functools>", source)
}

// reduce folds the iterable from the left: f(f(f(init, a), b), c).
func reduce(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "reduce() takes no keyword arguments")
	}
	if len(a) < 2 {
		return py.Null, py.Errorf(py.TypeErrorType, "reduce expected at least 2 arguments, got %d", len(a))
	}
	if len(a) > 3 {
		return py.Null, py.Errorf(py.TypeErrorType, "reduce expected at most 3 arguments, got %d", len(a))
	}
	fn := a[0]
	it, err := py.Iter(t, a[1])
	if err != nil {
		if err.Matches(py.TypeErrorType) {
			return py.Null, py.Errorf(py.TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return py.Null, err
	}
	acc := py.Null
	if len(a) == 3 {
		acc = a[2]
	}
	args := make([]py.Value, 2)
	for {
		v, more, err := py.Next(t, it)
		if err != nil {
			return py.Null, err
		}
		if !more {
			break
		}
		if acc.IsNull() {
			acc = v
			continue
		}
		args[0], args[1] = acc, v
		if acc, err = py.Call(t, fn, args, nil); err != nil {
			return py.Null, err
		}
	}
	if acc.IsNull() {
		return py.Null, py.Errorf(py.TypeErrorType, "reduce() of empty sequence with no initial value")
	}
	return acc, nil
}
