// Package timemod is the time module.
//
// The clocks and sleep are Go builtins in a private module, _time, which
// the Python half (time.py, embedded) re-exports unchanged, so timing a
// loop with perf_counter() costs one builtin call. struct_time and the
// calendar functions that take or return it (gmtime, localtime, mktime,
// strftime, asctime, ctime) are Python over _time's conversions of plain
// tuples, since they are about argument shapes rather than speed.
//
// sleep waits in short slices and looks at the interpreter's interrupt
// flag between them, so an interrupt (the kernel's, or SIGINT under
// `bytepy run`) raises KeyboardInterrupt out of a long sleep promptly, as
// CPython's sleep returns early on a signal.
package timemod

import (
	_ "embed"
	"math"
	"syscall"
	gotime "time"

	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed time.py
var timeSource []byte

func init() {
	vm.RegisterModule("_time", initPrivate)
	vm.RegisterSourceModule("time", "<frozen time>", timeSource)
}

// start anchors perf_counter and monotonic: Go's monotonic clock is only
// readable as a difference from a Time.
var start = gotime.Now()

type fn = func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception)

// clock makes a no-argument clock function, in float seconds or int ns.
func clock(name string, ns func() int64, asInt bool) py.Value {
	return py.NewBuiltin(name, func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		if len(a) != 0 {
			return py.Null, py.Errorf(py.TypeErrorType, "%s() takes no arguments (%d given)", name, len(a))
		}
		n := ns()
		if asInt {
			return py.MakeInt(n), nil
		}
		return py.MakeFloat(float64(n) / 1e9), nil
	})
}

func wallNS() int64 { return gotime.Now().UnixNano() }

// monoNS counts from an arbitrary point, as CLOCK_MONOTONIC does.
func monoNS() int64 { return int64(gotime.Since(start)) + 1e9 }

func cpuNS() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

func initPrivate(it *vm.Interp, m *py.Module) error {
	for _, c := range []struct {
		name string
		ns   func() int64
	}{{"time", wallNS}, {"perf_counter", monoNS}, {"monotonic", monoNS}, {"process_time", cpuNS}} {
		m.Set(c.name, clock(c.name, c.ns, false))
		m.Set(c.name+"_ns", clock(c.name+"_ns", c.ns, true))
	}
	m.Set("sleep", py.NewBuiltin("sleep", sleep))
	m.Set("gmtime", py.NewBuiltin("gmtime", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return broken(a, gotime.UTC)
	}))
	m.Set("localtime", py.NewBuiltin("localtime", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
		return broken(a, gotime.Local)
	}))
	m.Set("mktime", py.NewBuiltin("mktime", mktime))
	m.Set("strftime", py.NewBuiltin("strftime", strftime))
	name, off := gotime.Date(gotime.Now().Year(), 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	sname, soff := gotime.Date(gotime.Now().Year(), 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	daylight := 0
	if soff != off {
		daylight = 1
	}
	if off > soff { // southern hemisphere: January is summer
		name, off, sname, soff = sname, soff, name, off
	}
	m.Set("timezone", py.MakeInt(int64(-off)))
	m.Set("altzone", py.MakeInt(int64(-soff)))
	m.Set("daylight", py.MakeInt(int64(daylight)))
	m.Set("tzname", py.Tuple2(py.NewStr(name), py.NewStr(sname)))
	return nil
}

// seconds reads a number of seconds: int or float.
func seconds(v py.Value) (float64, *py.Exception) {
	switch {
	case v.IsInt() || v.IsBool():
		return float64(v.Int()), nil
	case v.IsFloat():
		return v.Float(), nil
	}
	return 0, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(v))
}

// sleep(secs), interruptible.
func sleep(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if err := py.NoKw("sleep", kw); err != nil {
		return py.Null, err
	}
	if len(a) != 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "sleep() takes exactly one argument (%d given)", len(a))
	}
	secs, err := seconds(a[0])
	if err != nil {
		return py.Null, err
	}
	if math.IsNaN(secs) {
		return py.Null, py.NewValueError("Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return py.Null, py.NewValueError("sleep length must be non-negative")
	}
	if secs > 1e10 {
		return py.Null, py.Errorf(py.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	deadline := gotime.Now().Add(gotime.Duration(secs * 1e9))
	const slice = 20 * gotime.Millisecond
	for {
		if t.Interrupted != nil && t.Interrupted.Load() {
			t.Interrupted.Store(false)
			return py.Null, py.NewException(py.KeyboardInterruptType)
		}
		left := gotime.Until(deadline)
		if left <= 0 {
			return py.None, nil
		}
		gotime.Sleep(min(left, slice))
	}
}

// broken is gmtime/localtime: the 9 fields plus tm_zone and tm_gmtoff.
func broken(a []py.Value, loc *gotime.Location) (py.Value, *py.Exception) {
	var tm gotime.Time
	if len(a) == 0 || a[0].IsNone() {
		tm = gotime.Now()
	} else {
		secs, err := seconds(a[0])
		if err != nil {
			return py.Null, err
		}
		if math.IsNaN(secs) {
			return py.Null, py.NewValueError("Invalid value NaN (not a number)")
		}
		if math.Abs(secs) > 1e17 {
			return py.Null, py.Errorf(py.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		// time_t truncates toward zero... CPython rounds toward -inf
		// (_PyTime_ROUND_FLOOR) when converting a float to time_t.
		tm = gotime.Unix(int64(math.Floor(secs)), 0)
	}
	tm = tm.In(loc)
	zone, off := tm.Zone()
	if loc == gotime.UTC {
		zone = "GMT"
	}
	isdst := 0
	if tm.IsDST() {
		isdst = 1
	}
	return py.NewTuple([]py.Value{
		py.MakeInt(int64(tm.Year())), py.MakeInt(int64(tm.Month())), py.MakeInt(int64(tm.Day())),
		py.MakeInt(int64(tm.Hour())), py.MakeInt(int64(tm.Minute())), py.MakeInt(int64(tm.Second())),
		py.MakeInt(int64((tm.Weekday() + 6) % 7)), py.MakeInt(int64(tm.YearDay())), py.MakeInt(int64(isdst)),
		py.NewStr(zone), py.MakeInt(int64(off)),
	}), nil
}

// fields reads a time tuple (9 ints, maybe followed by zone and offset).
func fields(fname string, v py.Value) ([9]int, string, int, bool, *py.Exception) {
	var f [9]int
	items, ok := tupleItems(v)
	if !ok || len(items) < 9 {
		return f, "", 0, false, py.Errorf(py.TypeErrorType, "%s(): illegal time tuple argument", fname)
	}
	for i := 0; i < 9; i++ {
		x := items[i]
		if !x.IsInt() && !x.IsBool() {
			return f, "", 0, false, py.Errorf(py.TypeErrorType, "an integer is required (got type %s)", py.TypeName(x))
		}
		f[i] = int(x.Int())
	}
	zone, off, hasZone := "", 0, false
	if len(items) >= 11 && py.IsStr(items[9]) && items[10].IsInt() {
		zone, off, hasZone = py.StrOf(items[9]), int(items[10].Int()), true
	}
	return f, zone, off, hasZone, nil
}

func tupleItems(v py.Value) ([]py.Value, bool) {
	if v.Type() != py.TupleType {
		return nil, false
	}
	items, err := py.Collect(nil, v)
	return items, err == nil
}

func mktime(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 1 {
		return py.Null, py.Errorf(py.TypeErrorType, "mktime() takes exactly one argument (%d given)", len(a))
	}
	f, _, _, _, err := fields("mktime", a[0])
	if err != nil {
		return py.Null, err
	}
	tm := gotime.Date(f[0], gotime.Month(f[1]), f[2], f[3], f[4], f[5], 0, gotime.Local)
	return py.MakeFloat(float64(tm.Unix())), nil
}
