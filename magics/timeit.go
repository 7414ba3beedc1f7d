package magics

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/constant"
	"github.com/bytepy/bytepy/interp/syntax/parser"
	"github.com/bytepy/bytepy/magics/transform"
)

// TimeitResult is IPython's TimeitResult, what "%timeit -o" returns.
type TimeitResult struct {
	Loops       int
	Repeat      int
	Best        float64   // min(AllRuns) / Loops
	Worst       float64   // max(AllRuns) / Loops
	AllRuns     []float64 // seconds per run of Loops loops
	CompileTime float64
	Timings     []float64 // AllRuns[i] / Loops
	Precision   int
	// Micro is the micro sign FormatTime uses ("µ", or "u" when the
	// output cannot encode it); PlusMinus likewise ("±" or "+-").
	Micro, PlusMinus string
}

func newTimeitResult(loops, repeat int, allRuns []float64, compileTime float64, precision int) *TimeitResult {
	r := &TimeitResult{Loops: loops, Repeat: repeat, AllRuns: allRuns, CompileTime: compileTime,
		Precision: precision, Micro: "µ", PlusMinus: "±"}
	best, worst := math.Inf(1), math.Inf(-1)
	for _, t := range allRuns {
		best, worst = math.Min(best, t), math.Max(worst, t)
		r.Timings = append(r.Timings, t/float64(loops))
	}
	r.Best, r.Worst = best/float64(loops), worst/float64(loops)
	return r
}

// Average is the mean of Timings, summed exactly as math.fsum does.
func (r *TimeitResult) Average() float64 { return fsum(r.Timings) / float64(len(r.Timings)) }

// Stdev is the population standard deviation of Timings.
func (r *TimeitResult) Stdev() float64 {
	mean := r.Average()
	sq := make([]float64, len(r.Timings))
	for i, x := range r.Timings {
		sq[i] = (x - mean) * (x - mean)
	}
	return math.Sqrt(fsum(sq) / float64(len(r.Timings)))
}

// String is str(result): the line %timeit prints.
func (r *TimeitResult) String() string {
	plural := func(n int) string {
		if n == 1 {
			return ""
		}
		return "s"
	}
	return fmt.Sprintf("%s %s %s per loop (mean %s std. dev. of %d run%s, %s loop%s each)",
		FormatTime(r.Average(), r.Precision, r.Micro), r.PlusMinus, FormatTime(r.Stdev(), r.Precision, r.Micro),
		r.PlusMinus, r.Repeat, plural(r.Repeat), groupThousands(r.Loops), plural(r.Loops))
}

// Pretty is its text/plain in IPython (_repr_pretty_).
func (r *TimeitResult) Pretty() string { return "<TimeitResult : " + r.String() + ">" }

// groupThousands is format(n, ",").
func groupThousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// fsum is math.fsum: the correctly rounded sum (Shewchuk's partials, with
// CPython's final half-way correction).
func fsum(xs []float64) float64 {
	var partials []float64
	for _, x := range xs {
		i := 0
		for _, y := range partials {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				partials[i] = lo
				i++
			}
			x = hi
		}
		partials = partials[:i]
		if x != 0 {
			partials = append(partials, x)
		}
	}
	n := len(partials)
	if n == 0 {
		return 0
	}
	n--
	hi := partials[n]
	lo := 0.0
	for n > 0 {
		x := hi
		n--
		y := partials[n]
		hi = x + y
		yr := hi - x
		lo = y - yr
		if lo != 0 {
			break
		}
	}
	if n > 0 && (lo < 0 && partials[n-1] < 0 || lo > 0 && partials[n-1] > 0) {
		y := lo * 2
		x := hi + y
		if y == x-hi {
			hi = x
		}
	}
	return hi
}

// TimeitOptions is %timeit's parsed command line.
type TimeitOptions struct {
	Number    int // 0: find one automatically
	Repeat    int
	Clock     Clock
	Precision int
	Quiet     bool
	Return    bool
	Stmt      string // the statement (line mode) or setup (cell mode)
}

// ParseTimeitLine is %timeit's option parsing:
// parse_options(line, "n:r:tcp:qo", posix=False, strict=False,
// preserve_non_opts=True) and its int() conversions.
func ParseTimeitLine(line string) (TimeitOptions, error) {
	opts, stmt, err := ParseOptions(line, "n:r:tcp:qo", OptionsConfig{PreserveNonOpts: true})
	if err != nil {
		return TimeitOptions{}, err
	}
	o := TimeitOptions{Stmt: stmt, Quiet: opts.Has("q"), Return: opts.Has("o")}
	ints := []struct {
		name string
		def  int
		dst  *int
	}{{"n", 0, &o.Number}, {"r", 7, &o.Repeat}, {"p", 3, &o.Precision}}
	for _, f := range ints {
		v := opts.Get(f.name, "")
		if v == "" && !opts.Has(f.name) {
			*f.dst = f.def
			continue
		}
		n, err := pyInt(v)
		if err != nil {
			return o, err
		}
		*f.dst = n
	}
	if opts.Has("t") {
		o.Clock = WallClock
	}
	if opts.Has("c") {
		o.Clock = ProcessTime
	}
	return o, nil
}

// pyInt is int(s) for a decimal string; its failure is Python's
// ValueError text, which IPython lets escape as the exception.
func pyInt(s string) (int, error) {
	t := strings.ReplaceAll(strings.TrimSpace(s), "_", "")
	n, err := strconv.Atoi(t)
	if err != nil || strings.Contains(strings.TrimSpace(s), "__") {
		return 0, &PyError{Type: "ValueError", Msg: fmt.Sprintf("invalid literal for int() with base 10: %s", strRepr(s))}
	}
	return n, nil
}

// PyError is a Python exception raised by a magic itself (not by user
// code): the kernel shows it as it would the VM's, "Type: Msg".
type PyError struct{ Type, Msg string }

func (e *PyError) Error() string { return e.Type + ": " + e.Msg }

// timeitTemplate is the function IPython fills in: "setup" is replaced by
// the setup code and "stmt" by the timed statement.
const timeitTemplate = "def inner(_it, _timer):\n" +
	"    setup\n" +
	"    _t0 = _timer()\n" +
	"    for _i in _it:\n" +
	"        stmt\n" +
	"    _t1 = _timer()\n" +
	"    return _t1 - _t0\n"

// parseBody transforms and parses user code for the timeit template, and
// compiles it alone under filename first, as IPython does, so that code
// which only becomes valid inside the function (return, yield) is
// rejected with an error that points at the user's text.
func parseBody(src, filename string) ([]ast.Stmt, error) {
	src, err := transform.Cell(src)
	if err != nil {
		return nil, err
	}
	if _, err := compile.CompileString(src, filename, "exec", 0, -1); err != nil {
		return nil, err
	}
	root, err := parser.ParseString(src, "<unknown>", "exec", 0)
	if err != nil {
		return nil, err
	}
	return root.(*ast.Module).Body, nil
}

// TimeitCode builds and compiles IPython's timing function for stmt and
// setup. Line mode's setup is "pass"; cell mode's is the magic line, and
// an empty one leaves the function with no setup at all.
func TimeitCode(stmt, setup string) (*code.Code, error) {
	setupBody, err := parseBody(setup, "<magic-timeit-setup>")
	if err != nil {
		return nil, err
	}
	stmtBody, err := parseBody(stmt, "<magic-timeit-stmt>")
	if err != nil {
		return nil, err
	}
	root, err := parser.ParseString(timeitTemplate, "<unknown>", "exec", 0)
	if err != nil {
		return nil, err
	}
	fn := root.(*ast.Module).Body[0].(*ast.FunctionDef)
	// TimeitTemplateFiller: the For first (its visit sees the template's
	// own "stmt" placeholder), then the function body's first statement.
	for _, st := range fn.Body {
		if f, ok := st.(*ast.For); ok {
			f.Body = stmtBody
		}
	}
	fn.Body = append(append([]ast.Stmt{}, setupBody...), fn.Body[1:]...)
	return compile.CompileAST(root, "<magic-timeit>", 0, -1)
}

// Timing runs the measurement with a timer made by Interp.MakeTimer:
// find the loop count (1, 10, 100, … until one run takes 0.2 s or more,
// that run being thrown away) unless number is given, then repeat runs.
func Timing(timer func(number int) (float64, error), number, repeat int) (int, []float64, error) {
	if number == 0 {
		for index := range 10 {
			number = int(math.Pow10(index))
			t, err := timer(number)
			if err != nil {
				return 0, nil, err
			}
			if t >= 0.2 {
				break
			}
		}
	}
	runs := make([]float64, 0, repeat)
	for range repeat {
		t, err := timer(number)
		if err != nil {
			return 0, nil, err
		}
		runs = append(runs, t)
	}
	return number, runs, nil
}

// Report is what %timeit prints for r unless -q: the caching warning when
// the slowest run is over four times the fastest, the result line, and
// the compile time when it passed 0.1 s.
func (r *TimeitResult) Report() string {
	var b strings.Builder
	if r.Worst > 4*r.Best && r.Best > 0 && r.Worst > 1e-6 {
		fmt.Fprintf(&b, "The slowest run took %s times longer than the fastest. This could mean that an intermediate result is being cached.\n",
			strconv.FormatFloat(r.Worst/r.Best, 'f', 2, 64))
	}
	b.WriteString(r.String() + "\n")
	if r.CompileTime > 0.1 {
		fmt.Fprintf(&b, "Compiler time: %s s\n", strconv.FormatFloat(r.CompileTime, 'f', 2, 64))
	}
	return b.String()
}

// timeitMagic is %timeit and %%timeit.
func timeitMagic(sh *Shell, line string, cell *string) (any, error) {
	o, err := ParseTimeitLine(line)
	if err != nil {
		return nil, err
	}
	if o.Stmt == "" && cell == nil {
		return nil, nil
	}
	stmt, setup := o.Stmt, "pass"
	if cell != nil {
		stmt, setup = *cell, o.Stmt
	}
	clocks := sh.Interp.Clock()
	t0 := clocks.Process()
	co, err := TimeitCode(stmt, setup)
	tc := clocks.Process() - t0
	if err != nil {
		return nil, err
	}
	timer, err := sh.Interp.MakeTimer(co, o.Clock)
	if err != nil {
		return nil, err
	}
	number, runs, err := Timing(timer, o.Number, o.Repeat)
	if err != nil {
		return nil, err
	}
	if len(runs) == 0 {
		// IPython's min(all_runs) of no runs (-r 0).
		return nil, &PyError{Type: "ValueError", Msg: "min() arg is an empty sequence"}
	}
	r := newTimeitResult(number, o.Repeat, runs, tc, o.Precision)
	if !o.Quiet {
		fmt.Fprint(sh.stdout(), r.Report())
	}
	if o.Return {
		return r, nil
	}
	return nil, nil
}

// strRepr is repr() of a str.
func strRepr(s string) string { return constant.StrRepr(s) }
