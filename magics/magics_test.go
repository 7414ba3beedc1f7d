package magics

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/bytepy/bytepy/interp/code"
)

// golden is testdata/magics.json, made from IPython 8.5 by
// testdata/gen_magics.py.
type golden struct {
	ParseOptions []struct {
		Line, Spec, Rest, Error string
		Opts                    map[string][]string
	} `json:"parse_options"`
	Timeit []struct {
		Line        string
		Cell        *string
		Readings    []float64
		CompileTime float64 `json:"compile_time"`
		Numbers     []int
		Stdout      string
		Error       string
		Result      *struct {
			Pretty      string
			Loops       int
			Repeat      int
			Best, Worst float64
			AllRuns     []float64 `json:"all_runs"`
			CompileTime float64   `json:"compile_time"`
			Timings     []float64
			Average     float64
			Stdev       float64
		}
	}
	Time []struct {
		Line    string
		Cell    *string
		Rusage  [][2]float64
		Wall    []float64
		Process []float64
		Stdout  string
		Result  string
		Error   string
	}
	Errors []struct {
		Kind, Name, Line string
		Cell             *string
		Error            string
	}
	Lsmagic   string
	Precision [][2]string
}

func loadGolden(t *testing.T) *golden {
	t.Helper()
	b, err := os.ReadFile("testdata/magics.json")
	if err != nil {
		t.Fatal(err)
	}
	var g golden
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func TestParseOptionsGolden(t *testing.T) {
	for _, c := range loadGolden(t).ParseOptions {
		opts, rest, err := ParseOptions(c.Line, c.Spec, OptionsConfig{PreserveNonOpts: true})
		if c.Error != "" {
			if err == nil || err.Error() != c.Error {
				t.Errorf("ParseOptions(%q): err %v, want %q", c.Line, err, c.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseOptions(%q): %v", c.Line, err)
			continue
		}
		if rest != c.Rest || !reflect.DeepEqual(map[string][]string(opts), nonNil(c.Opts)) {
			t.Errorf("ParseOptions(%q) = %v, %q; want %v, %q", c.Line, opts, rest, c.Opts, c.Rest)
		}
	}
}

func nonNil(m map[string][]string) map[string][]string {
	if m == nil {
		return map[string][]string{}
	}
	return m
}

func TestTimeitGolden(t *testing.T) {
	for _, c := range loadGolden(t).Timeit {
		fake := newFake()
		fake.readings = append([]float64{}, c.Readings...)
		fake.clocks.process = []float64{100, 100 + c.CompileTime}
		sh := NewShell(fake)
		var res any
		var err error
		if c.Cell == nil {
			res, err = sh.RunLineMagic("timeit", c.Line)
		} else {
			res, err = sh.RunCellMagic("timeit", c.Line, *c.Cell)
		}
		name := c.Line
		if err != nil {
			t.Errorf("%%timeit %s: %v", name, err)
			continue
		}
		if got := fake.out.String(); got != c.Stdout {
			t.Errorf("%%timeit %s (%v):\n got %q\nwant %q", name, c.Readings, got, c.Stdout)
		}
		if !reflect.DeepEqual(fake.numbers, c.Numbers) && !(len(fake.numbers) == 0 && len(c.Numbers) == 0) {
			t.Errorf("%%timeit %s: loop counts %v, want %v", name, fake.numbers, c.Numbers)
		}
		if c.Result == nil {
			if res != nil {
				t.Errorf("%%timeit %s returned %v", name, res)
			}
			continue
		}
		r, ok := res.(*TimeitResult)
		if !ok {
			t.Errorf("%%timeit %s returned %T", name, res)
			continue
		}
		w := c.Result
		if r.Pretty() != w.Pretty || r.Loops != w.Loops || r.Repeat != w.Repeat || r.Best != w.Best ||
			r.Worst != w.Worst || !reflect.DeepEqual(r.AllRuns, w.AllRuns) || r.CompileTime != w.CompileTime ||
			!reflect.DeepEqual(r.Timings, w.Timings) || r.Average() != w.Average || r.Stdev() != w.Stdev {
			t.Errorf("%%timeit %s result %+v (avg %v sd %v)\nwant %+v", name, r, r.Average(), r.Stdev(), w)
		}
	}
}

func TestTimeitClock(t *testing.T) {
	for line, want := range map[string]Clock{"-n1 -r1 f()": PerfCounter, "-t -n1 -r1 f()": WallClock, "-c -n1 -r1 f()": ProcessTime} {
		fake := newFake()
		fake.readings = []float64{1}
		if _, err := NewShell(fake).RunLineMagic("timeit", line); err != nil {
			t.Fatal(err)
		}
		if fake.clock != want {
			t.Errorf("%%timeit %s: clock %v, want %v", line, fake.clock, want)
		}
	}
}

func TestTimeGolden(t *testing.T) {
	for _, c := range loadGolden(t).Time {
		fake := newFake()
		fake.clocks.process = append([]float64{}, c.Process...)
		fake.clocks.wall = append([]float64{}, c.Wall...)
		fake.clocks.rusage = append([][2]float64{}, c.Rusage...)
		fake.evalResult = "value"
		sh := NewShell(fake)
		var res any
		var err error
		if c.Cell == nil {
			res, err = sh.RunLineMagic("time", c.Line)
		} else {
			res, err = sh.RunCellMagic("time", c.Line, *c.Cell)
		}
		if c.Error != "" {
			if ue, ok := err.(*UsageError); !ok || ue.Text() != c.Error {
				t.Errorf("%%time %q: err %v, want %s", c.Line, err, c.Error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%%time %q: %v", c.Line, err)
			continue
		}
		if got := fake.out.String(); got != c.Stdout {
			t.Errorf("%%time %q:\n got %q\nwant %q", c.Line, got, c.Stdout)
		}
		// The oracle ran the code; the fake returns "value" from every
		// eval, so only whether a value came back is comparable.
		if (c.Result != "None") != (res != nil) {
			t.Errorf("%%time %q returned %v, oracle %s", c.Line, res, c.Result)
		}
	}
}

// TestTimeModes: one expression is evaluated alone; statements are
// executed, and a final expression after them is evaluated for the
// result, as IPython 8.5 splits them.
func TestTimeModes(t *testing.T) {
	tests := []struct {
		src          string
		execs, evals []string
	}{
		{"1 + 1", nil, []string{"<timed eval>"}},
		{"x = 1", []string{"<timed exec>"}, nil},
		{"x = 1\nx + 1\n", []string{"<timed exec>"}, []string{"<timed exec>"}},
		{"x = 1\ny = 2\n", []string{"<timed exec>"}, nil},
	}
	files := func(cos []*code.Code) []string {
		var out []string
		for _, co := range cos {
			out = append(out, co.Filename)
		}
		return out
	}
	for _, tt := range tests {
		fake := newFake()
		if _, err := NewShell(fake).RunCellMagic("time", "", tt.src); err != nil {
			t.Fatal(err)
		}
		if got := files(fake.execs); !reflect.DeepEqual(got, tt.execs) {
			t.Errorf("%q: execs %v, want %v", tt.src, got, tt.execs)
		}
		if got := files(fake.evals); !reflect.DeepEqual(got, tt.evals) {
			t.Errorf("%q: evals %v, want %v", tt.src, got, tt.evals)
		}
	}
}

func TestUsageErrorsGolden(t *testing.T) {
	for _, c := range loadGolden(t).Errors {
		sh := NewShell(newFake())
		var err error
		if c.Kind == "line" {
			_, err = sh.RunLineMagic(c.Name, c.Line)
		} else {
			_, err = sh.RunCellMagic(c.Name, c.Line, *c.Cell)
		}
		ue, ok := err.(*UsageError)
		if !ok || ue.Text() != c.Error {
			t.Errorf("%s %s %q: %v, want %s", c.Kind, c.Name, c.Line, err, c.Error)
		}
	}
}

func TestPrecisionGolden(t *testing.T) {
	sh := NewShell(newFake())
	for _, c := range loadGolden(t).Precision {
		got, err := sh.RunLineMagic("precision", c[0])
		if err != nil || got != c[1] {
			t.Errorf("%%precision %q = %v, %v; want %q", c[0], got, err, c[1])
		}
	}
}

// TestLsmagicShape: our list differs from IPython's, the layout must not.
func TestLsmagicShape(t *testing.T) {
	want := strings.Split(loadGolden(t).Lsmagic, "\n")
	got := strings.Split(NewShell(newFake()).Registry.Lsmagic(), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, IPython has %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	esc := func(s string) string { return s[:len(s)-len(strings.TrimLeft(s, "%"))] }
	for i := range want {
		if (want[i] == "") != (got[i] == "") || i != 6 && esc(want[i]) != esc(got[i]) {
			t.Errorf("line %d: %q vs IPython's %q", i, got[i], want[i])
		}
	}
	if !strings.Contains(got[1], "%timeit  %who") || !strings.Contains(got[4], "%%capture  %%dis") {
		t.Errorf("lists: %q / %q", got[1], got[4])
	}
}

func TestFsum(t *testing.T) {
	tests := []struct {
		xs   []float64
		want float64
	}{
		{[]float64{0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, 1.0},
		{[]float64{1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50}, 1e-100},
		{[]float64{1, 1e-16, 1e-16}, 1.0000000000000002},
		{nil, 0},
		{[]float64{math.MaxFloat64 / 2, -math.MaxFloat64 / 2, 3}, 3},
	}
	for _, tt := range tests {
		if got := fsum(tt.xs); got != tt.want {
			t.Errorf("fsum(%v) = %v, want %v", tt.xs, got, tt.want)
		}
	}
}

func TestGroupThousands(t *testing.T) {
	for n, want := range map[int]string{1: "1", 999: "999", 1000: "1,000", 100000000: "100,000,000", 1000000000: "1,000,000,000"} {
		if got := groupThousands(n); got != want {
			t.Errorf("groupThousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestTimeException: an exception in %time's code is shown, no times are
// printed, and the cell is not failed.
func TestTimeException(t *testing.T) {
	fake := newFake()
	fake.runErr = &PyError{Type: "ZeroDivisionError", Msg: "division by zero"}
	res, err := NewShell(fake).RunLineMagic("time", "1/0")
	if res != nil || err != nil || len(fake.shown) != 1 || fake.out.Len() != 0 {
		t.Errorf("res %v err %v shown %v out %q", res, err, fake.shown, fake.out.String())
	}
}
