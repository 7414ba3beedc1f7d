// Package gcmod is the gc module.
//
// bytepy's objects live on Go's heap, reclaimed by Go's collector, which
// finds cycles as well as anything else unreachable; there is no
// reference counting and no separate cycle collector to drive. So this
// module is CPython's interface over that: collect() runs a full Go
// collection and reports 0 objects found (Go does not count them), and
// enable/disable/isenabled, the thresholds and the debug flags are kept
// and read back but do not change what Go's collector does — disabling
// it outright (as timeit does around a timing) would let a program grow
// without bound. get_objects, get_referrers, garbage and callbacks are
// empty: the Go collector keeps no list of live objects to hand out.
// is_tracked answers as CPython 3.7 would for a fresh object.
package gcmod

import (
	"runtime"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

func init() { vm.RegisterModule("gc", initModule) }

// state is one interpreter's gc settings.
type state struct {
	enabled   bool
	threshold [3]int64
	debug     int64
	frozen    bool
}

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

func initModule(it *vm.Interp, m *py.Module) error {
	s := &state{enabled: true, threshold: [3]int64{700, 10, 10}}
	def := func(name string, f fn) { m.Set(name, py.NewBuiltin(name, f)) }
	noArgs := func(name string, f func() py.Value) {
		def(name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if err := py.NoKw(name, kw); err != nil {
				return py.Null, err
			}
			if err := py.ArgCount(name, a, 0, 0); err != nil {
				return py.Null, err
			}
			return f(), nil
		})
	}
	noArgs("enable", func() py.Value { s.enabled = true; return py.None })
	noArgs("disable", func() py.Value { s.enabled = false; return py.None })
	noArgs("isenabled", func() py.Value { return py.MakeBool(s.enabled) })
	noArgs("get_count", func() py.Value { return py.NewTuple([]py.Value{py.MakeInt(0), py.MakeInt(0), py.MakeInt(0)}) })
	noArgs("get_threshold", func() py.Value {
		return py.NewTuple([]py.Value{py.MakeInt(s.threshold[0]), py.MakeInt(s.threshold[1]), py.MakeInt(s.threshold[2])})
	})
	noArgs("get_debug", func() py.Value { return py.MakeInt(s.debug) })
	noArgs("get_objects", func() py.Value { return py.NewList(nil) })
	noArgs("get_stats", func() py.Value {
		var gens []py.Value
		for i := 0; i < 3; i++ {
			d := py.NewDict()
			d.SetStr("collections", py.MakeInt(0))
			d.SetStr("collected", py.MakeInt(0))
			d.SetStr("uncollectable", py.MakeInt(0))
			gens = append(gens, d.V())
		}
		return py.NewList(gens)
	})
	noArgs("freeze", func() py.Value { s.frozen = true; return py.None })
	noArgs("unfreeze", func() py.Value { s.frozen = false; return py.None })
	noArgs("get_freeze_count", func() py.Value { return py.MakeInt(0) })
	def("collect", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		args, err := py.ParseArgs("collect", a, kw, []string{"generation"}, 0)
		if err != nil {
			return py.Null, err
		}
		if !args[0].IsNull() {
			g, err := intArg(t, args[0])
			if err != nil {
				return py.Null, err
			}
			if g < 0 || g > 2 {
				return py.Null, py.NewValueError("invalid generation")
			}
		}
		runtime.GC()
		return py.MakeInt(0), nil
	})
	def("set_threshold", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := py.NoKw("set_threshold", kw); err != nil {
			return py.Null, err
		}
		if len(a) < 1 || len(a) > 3 {
			if len(a) < 1 {
				return py.Null, py.Errorf(py.TypeErrorType, "set_threshold() takes at least 1 argument (0 given)")
			}
			return py.Null, py.Errorf(py.TypeErrorType, "set_threshold() takes at most 3 arguments (%d given)", len(a))
		}
		var th [3]int64
		for i, v := range a {
			n, err := intArg(t, v)
			if err != nil {
				return py.Null, err
			}
			th[i] = n
		}
		// as in CPython, thresholds not given keep their old values
		copy(s.threshold[:len(a)], th[:len(a)])
		return py.None, nil
	})
	def("set_debug", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := py.NoKw("set_debug", kw); err != nil {
			return py.Null, err
		}
		if err := py.ArgCount("set_debug", a, 1, 1); err != nil {
			return py.Null, err
		}
		n, err := intArg(t, a[0])
		if err != nil {
			return py.Null, err
		}
		s.debug = n
		return py.None, nil
	})
	def("is_tracked", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := py.NoKw("is_tracked", kw); err != nil {
			return py.Null, err
		}
		if err := py.ArgCount("is_tracked", a, 1, 1); err != nil {
			return py.Null, err
		}
		return py.MakeBool(isTracked(a[0])), nil
	})
	def("get_referrers", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if err := py.NoKw("get_referrers", kw); err != nil {
			return py.Null, err
		}
		return py.NewList(nil), nil
	})
	def("get_referents", getReferents)
	m.Set("garbage", py.NewList(nil))
	m.Set("callbacks", py.NewList(nil))
	for _, c := range []struct {
		name string
		v    int64
	}{{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}} {
		m.Set(c.name, py.MakeInt(c.v))
	}
	return nil
}

// intArg reads a C int argument the way 3.7's "i" format does: no floats.
func intArg(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if v.IsFloat() {
		return 0, py.Errorf(py.TypeErrorType, "integer argument expected, got float")
	}
	if !v.IsInt() && !v.IsBool() && v.Type().LookupS("__index__").IsNull() {
		return 0, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(v))
	}
	return py.IndexInt(t, v)
}
