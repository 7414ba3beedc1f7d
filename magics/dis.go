package magics

import (
	"fmt"
	"io"
	"strings"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/syntax"
)

// DisSource is dis.dis(source) in CPython 3.7: _try_compile(source,
// "<dis>") (an expression if it is one, otherwise statements), then the
// code and every code object among its constants. Nothing runs.
func DisSource(w io.Writer, source string) error {
	co, err := compile.CompileString(source, "<dis>", "eval", 0, -1)
	if _, ok := err.(*syntax.Error); ok {
		co, err = compile.CompileString(source, "<dis>", "exec", 0, -1)
	}
	if err != nil {
		return err
	}
	dis.DisRecursive(w, co)
	return nil
}

// DisTargetTo is dis.dis(x) for what Interp.Disassembly said x is.
func DisTargetTo(w io.Writer, t DisTarget) error {
	switch {
	case t.Members != nil:
		for _, m := range t.Members {
			fmt.Fprintf(w, "Disassembly of %s:\n", m.Name)
			err := m.Err
			if err == nil {
				err = DisTargetTo(w, m.Target)
			}
			if err != nil {
				// dis.dis catches TypeError here only; the VM reports
				// members it cannot disassemble as such.
				fmt.Fprintln(w, "Sorry:", strings.TrimPrefix(err.Error(), "TypeError: "))
			}
			fmt.Fprintln(w)
		}
	case t.Code != nil:
		dis.DisRecursive(w, t.Code)
	case t.Bytes != nil:
		dis.DisBytes(w, t.Bytes)
	case t.Source != nil:
		return DisSource(w, *t.Source)
	}
	return nil
}

// disCellMagic is %%dis [--run]: the cell's disassembly, as CPython 3.7's
// dis.dis(cell) prints it; with --run the cell then runs as usual.
func disCellMagic(sh *Shell, line, cell string) (any, error) {
	args, err := disArgs.Parse(line)
	if err != nil {
		return nil, err
	}
	if err := DisSource(sh.stdout(), cell); err != nil {
		return nil, err
	}
	if args.Bool("run") {
		return nil, sh.RunCell(cell, sh.cellFilename())
	}
	return nil, nil
}

var disArgs = &ArgParser{
	Prog:        "%dis",
	Description: "Disassemble the cell as CPython 3.7's dis.dis(source) does.",
	Args: []Arg{
		{Flags: []string{"--run"}, Action: StoreTrue, Help: "Also run the cell after disassembling it."},
	},
}

// disLineMagic is %dis EXPR: dis.dis of the expression's value (a
// function, method, class, generator, code object, source string, bytes).
func disLineMagic(sh *Shell, line string) (any, error) {
	expr := strings.TrimSpace(line)
	if expr == "" {
		return nil, &UsageError{Msg: "%dis needs an expression: %dis f"}
	}
	co, err := compile.CompileString(expr, "<dis-expr>", "eval", 0, -1)
	if err != nil {
		return nil, err
	}
	v, err := sh.Interp.Eval(co)
	if err != nil {
		return nil, err
	}
	t, err := sh.Interp.Disassembly(v)
	if err != nil {
		return nil, err
	}
	return nil, DisTargetTo(sh.stdout(), t)
}
