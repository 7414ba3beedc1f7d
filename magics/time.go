package magics

import (
	"fmt"
	"strings"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/syntax/parser"
	"github.com/bytepy/bytepy/magics/transform"
)

// timedCode is %time's compiled work: one expression ("<timed eval>"), or
// statements ("<timed exec>") optionally followed by a final expression
// whose value is the result, compiled apart as IPython does.
type timedCode struct {
	eval  *code.Code // the expression, alone or after exec
	exec  *code.Code
	parse float64 // seconds, as measured
	comp  float64
}

func compileTimed(src string, clocks Clocks) (*timedCode, error) {
	src, err := transform.Cell(src)
	if err != nil {
		return nil, err
	}
	tc := &timedCode{}
	t0 := clocks.Process()
	root, err := parser.ParseString(src, "<unknown>", "exec", 0)
	tc.parse = clocks.Process() - t0
	if err != nil {
		return nil, err
	}
	body := root.(*ast.Module).Body
	t0 = clocks.Process()
	defer func() { tc.comp = clocks.Process() - t0 }()
	if len(body) == 1 {
		if e, ok := body[0].(*ast.ExprStmt); ok {
			tc.eval, err = compile.CompileAST(&ast.Expression{Body: e.Value}, "<timed eval>", 0, -1)
			return tc, err
		}
	}
	if n := len(body); n > 1 {
		if e, ok := body[n-1].(*ast.ExprStmt); ok {
			// The final expression is compiled after the run, as IPython
			// does; compiling it now changes nothing the user sees but
			// keeps its errors ahead of any side effects.
			tc.eval, err = compile.CompileAST(&ast.Expression{Body: e.Value}, "<timed exec>", 0, -1)
			if err != nil {
				return nil, err
			}
			body = body[:n-1]
		}
	}
	tc.exec, err = compile.CompileAST(&ast.Module{Body: body}, "<timed exec>", 0, -1)
	return tc, err
}

// TimeReport is what %time prints after the run: CPU times (user, sys,
// total), wall time, and compile and parse times past 0.1 s.
func TimeReport(user, sys, wall, compileTime, parseTime float64) string {
	f := func(t float64) string { return FormatTime(t, 3, "µ") }
	var b strings.Builder
	fmt.Fprintf(&b, "CPU times: user %s, sys: %s, total: %s\n", f(user), f(sys), f(user+sys))
	fmt.Fprintf(&b, "Wall time: %s\n", f(wall))
	if compileTime > 0.1 {
		fmt.Fprintf(&b, "Compiler : %s\n", f(compileTime))
	}
	if parseTime > 0.1 {
		fmt.Fprintf(&b, "Parser   : %s\n", f(parseTime))
	}
	return b.String()
}

// timeMagic is %time and %%time: run once, print the times, and return
// the expression's value (the last expression's, for a cell).
func timeMagic(sh *Shell, line string, cell *string) (any, error) {
	src := line
	if cell != nil {
		if line != "" {
			return nil, &UsageError{Msg: "Can't use statement directly after '%%time'!"}
		}
		src = *cell
	}
	clocks := sh.Interp.Clock()
	tc, err := compileTimed(src, clocks)
	if err != nil {
		return nil, err
	}
	wall0 := clocks.Wall()
	u0, s0 := clocks.Rusage()
	var out Value
	if tc.exec != nil {
		err = sh.Interp.Exec(tc.exec)
	}
	if err == nil && tc.eval != nil {
		out, err = sh.Interp.Eval(tc.eval)
	}
	u1, s1 := clocks.Rusage()
	wall1 := clocks.Wall()
	if err != nil {
		// IPython shows the traceback, prints no times, returns None,
		// and the cell goes on.
		sh.Interp.ShowTraceback(err)
		return nil, nil
	}
	fmt.Fprint(sh.stdout(), TimeReport(u1-u0, s1-s0, wall1-wall0, tc.comp, tc.parse))
	return out, nil
}
