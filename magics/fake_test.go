package magics

import (
	"bytes"
	"fmt"
	"io"

	"github.com/bytepy/bytepy/interp/code"
)

// fakeInterp stands in for the VM: it records what magics ask of it and
// answers from scripted readings.
type fakeInterp struct {
	out, errOut bytes.Buffer

	execs, evals []*code.Code
	evalResult   Value
	runErr       error

	readings []float64 // timer results, in turn
	numbers  []int     // loop counts asked for
	clock    Clock
	template *code.Code

	clocks *seqClocks
	vars   []Var
	reset  bool
	set    map[string]any
	dis    map[string]DisTarget
	shown  []error
}

func newFake() *fakeInterp {
	return &fakeInterp{clocks: &seqClocks{}, set: map[string]any{}}
}

func (f *fakeInterp) Stdout() io.Writer { return &f.out }
func (f *fakeInterp) Stderr() io.Writer { return &f.errOut }

func (f *fakeInterp) Exec(co *code.Code) error {
	f.execs = append(f.execs, co)
	return f.runErr
}

func (f *fakeInterp) Eval(co *code.Code) (Value, error) {
	f.evals = append(f.evals, co)
	return f.evalResult, f.runErr
}

func (f *fakeInterp) MakeTimer(template *code.Code, clock Clock) (func(int) (float64, error), error) {
	f.template, f.clock = template, clock
	return func(number int) (float64, error) {
		f.numbers = append(f.numbers, number)
		if len(f.readings) == 0 {
			return 0, fmt.Errorf("timer called too often")
		}
		t := f.readings[0]
		f.readings = f.readings[1:]
		return t, nil
	}, nil
}

func (f *fakeInterp) Disassembly(v Value) (DisTarget, error) {
	if t, ok := f.dis[fmt.Sprint(v)]; ok {
		return t, nil
	}
	return DisTarget{}, &PyError{Type: "TypeError", Msg: "don't know how to disassemble int objects"}
}

func (f *fakeInterp) Repr(v Value) (string, error) { return fmt.Sprintf("%q", fmt.Sprint(v)), nil }
func (f *fakeInterp) Str(v Value) (string, error)  { return fmt.Sprint(v), nil }
func (f *fakeInterp) UserVars() []Var              { return f.vars }
func (f *fakeInterp) ResetUser() error             { f.reset = true; return nil }

func (f *fakeInterp) SetVar(name string, v any) error {
	f.set[name] = v
	return nil
}

func (f *fakeInterp) Capture(fn func() error, stdout, stderr, display bool) (*CapturedIO, error) {
	var saved bytes.Buffer
	saved.Write(f.out.Bytes())
	f.out.Reset()
	err := fn()
	c := &CapturedIO{Stdout: f.out.String()}
	f.out.Reset()
	f.out.Write(saved.Bytes())
	return c, err
}

func (f *fakeInterp) Clock() Clocks { return f.clocks }

func (f *fakeInterp) ShowTraceback(err error) { f.shown = append(f.shown, err) }

// seqClocks returns scripted readings in turn (0 once they run out).
type seqClocks struct {
	process, wall []float64
	rusage        [][2]float64
}

func pop(xs *[]float64) float64 {
	if len(*xs) == 0 {
		return 0
	}
	v := (*xs)[0]
	*xs = (*xs)[1:]
	return v
}

func (c *seqClocks) Process() float64 { return pop(&c.process) }
func (c *seqClocks) Wall() float64    { return pop(&c.wall) }

func (c *seqClocks) Rusage() (float64, float64) {
	if len(c.rusage) == 0 {
		return 0, 0
	}
	v := c.rusage[0]
	c.rusage = c.rusage[1:]
	return v[0], v[1]
}
