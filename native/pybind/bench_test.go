package pybind

import (
	"testing"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/native"
)

const lectureCell = "from functools import reduce\n\ndef cc_simple_loop():\n    cdef int acc = 0\n    \n    cdef int i = 0\n    \n    for i in range(1000):\n        acc += i\n    \n    #mul = reduce(lambda x, y: x * y, range(acc))\n    \n    return acc\n"

func lectureFunc(b *testing.B) *native.Func {
	b.Setenv("XDG_CACHE_HOME", b.TempDir())
	m, err := native.Build(lectureCell, native.Options{})
	if err != nil {
		b.Skipf("cannot build the lecture cell: %v", err)
	}
	return m.Lookup("cc_simple_loop")
}

// BenchmarkLectureCallValues is native's own call, for reference.
func BenchmarkLectureCallValues(b *testing.B) {
	f := lectureFunc(b)
	b.ReportAllocs()
	for b.Loop() {
		if r, err := f.CallValues(nil); err != nil || r.I != 499500 {
			b.Fatal(r, err)
		}
	}
}

// BenchmarkLecturePyCall is the bound builtin called through py.Call.
func BenchmarkLecturePyCall(b *testing.B) {
	f := lectureFunc(b)
	it, _ := setup(b)
	fn := Builtin(f)
	th := it.Thread()
	b.ReportAllocs()
	for b.Loop() {
		if r, exc := py.Call(th, fn, nil, nil); exc != nil || r.Int() != 499500 {
			b.Fatal(r, exc)
		}
	}
}

// BenchmarkLectureVMLoop is what %timeit times: the call inside a VM
// loop, per iteration.
func BenchmarkLectureVMLoop(b *testing.B) {
	vmLoop(b, Builtin(lectureFunc(b)))
}

// BenchmarkGoBuiltinVMLoop is the same loop calling a Go builtin that
// returns the same constant: the VM's share of BenchmarkLectureVMLoop.
func BenchmarkGoBuiltinVMLoop(b *testing.B) {
	vmLoop(b, py.NewBuiltin("cc_simple_loop", func(*py.Thread, []py.Value, []string) (py.Value, *py.Exception) {
		return py.MakeInt(499500), nil
	}))
}

func vmLoop(b *testing.B, fn py.Value) {
	it, ns := setup(b)
	ns.SetStr("cc_simple_loop", fn)
	co, err := compile.CompileString("def _bench(n):\n    for _ in range(n):\n        cc_simple_loop()\n", "<bench>", "exec", 0, -1)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := it.RunCode(co, ns); err != nil {
		b.Fatal(err)
	}
	bench, _ := ns.GetStr("_bench")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := it.Call(bench, py.MakeInt(int64(b.N))); err != nil {
		b.Fatal(err)
	}
}
