package magics

import (
	"fmt"
	"io"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/syntax/parser"
	"github.com/bytepy/bytepy/magics/transform"
)

// Shell is the magics side of IPython's InteractiveShell: it owns the
// registry and the state magics keep between cells, and reaches the
// interpreter only through Interp. The kernel makes one per session; the
// VM's get_ipython() object forwards run_line_magic and run_cell_magic
// here.
type Shell struct {
	Interp   Interp
	Registry *Registry
	// History, when set, answers %history.
	History History

	// CellFilename is the file name the current cell compiles under; the
	// kernel sets it per cell, and magics that run their cell body
	// (%%capture, %%dis --run) use it too.
	CellFilename string

	// Precision is %precision's setting for float display: "" means
	// repr, otherwise a %-format such as "%.3f". The pretty printer reads
	// it.
	Precision string
	// Extensions are the names %load_ext has loaded.
	Extensions map[string]bool
	// Chdir and Getwd are the working-directory calls %cd and %pwd use
	// (os.Chdir and os.Getwd unless a test replaces them).
	Chdir func(string) error
	Getwd func() (string, error)
	// Inspector describes a name for "name?" (detail 0) and "name??"
	// (detail 1) as IPython's pinfo does; the kernel supplies it, with
	// the VM's help. found false prints "Object `name` not found.".
	Inspector func(name string, detail int) (text string, found bool)
	// Page shows help text; a kernel sends it as a "page" payload. Nil
	// prints it on stdout.
	Page   func(text string)
	detail int

	// dirHistory is %cd's _dh: every directory visited, oldest first.
	dirHistory []string
}

// NewShell is a shell over in with every built-in magic registered.
func NewShell(in Interp) *Shell {
	sh := &Shell{Interp: in, Registry: NewRegistry(), Extensions: map[string]bool{}}
	registerBuiltins(sh.Registry)
	return sh
}

func (sh *Shell) stdout() io.Writer { return sh.Interp.Stdout() }

// TransformCell is IPython's transform_cell: the cell's IPython syntax
// made into Python.
func (sh *Shell) TransformCell(cell string) (string, error) { return transform.Cell(cell) }

// RunLineMagic is get_ipython().run_line_magic(name, line). Unless the
// magic opts out, {expr} and $name in line are expanded first. The result
// is what the VM hands back to Python:
//
//	nil                  None
//	string               str
//	Text                 an object whose text/plain is the string (MagicsDisplay)
//	[]string             list of str (IPython's SList, from getoutput and %who_ls)
//	map[string]string    dict of str (%env)
//	*TimeitResult        TimeitResult: attributes loops, repeat, best, worst,
//	                     all_runs, compile_time, timings, average, stdev;
//	                     text/plain Pretty()
//	*CapturedIO          CapturedIO: stdout, stderr, outputs, show()
//	Value                anything the VM gave a magic (%time's result)
func (sh *Shell) RunLineMagic(name, line string) (any, error) {
	m := sh.Registry.FindLine(name)
	if m == nil {
		extra := ""
		if sh.Registry.FindCell(name) != nil {
			extra = fmt.Sprintf(" (But cell magic `%%%%%s` exists, did you mean that instead?)", name)
		}
		return nil, usageErrorf("Line magic function `%%%s` not found%s.", name, extra)
	}
	if !m.NoVarExpand {
		line = sh.VarExpand(line)
	}
	return m.Line(sh, line)
}

// RunCellMagic is get_ipython().run_cell_magic(name, line, cell).
func (sh *Shell) RunCellMagic(name, line, cell string) (any, error) {
	m := sh.Registry.FindCell(name)
	if m == nil {
		extra := ""
		if sh.Registry.FindLine(name) != nil {
			extra = fmt.Sprintf(" (But line magic `%%%s` exists, did you mean that instead?)", name)
		}
		return nil, usageErrorf("Cell magic `%%%%%s` not found%s.", name, extra)
	}
	if cell == "" {
		msg := fmt.Sprintf("%%%%%s is a cell magic, but the cell body is empty.", name)
		if sh.Registry.FindLine(name) != nil {
			msg += fmt.Sprintf(" Did you mean the line magic %%%s (single %%)?", name)
		}
		return nil, &UsageError{Msg: msg}
	}
	if !m.NoVarExpand {
		line = sh.VarExpand(line)
	}
	return m.Cell(sh, line, cell)
}

// CompileCell is the compile half of run_cell: transform the cell, parse
// it, and compile each top-level statement on its own, as IPython's
// run_ast_nodes does, the last one in "single" mode when it is an
// expression (so its value is displayed) and the rest in "exec" mode.
func (sh *Shell) CompileCell(cell, filename string) ([]*code.Code, error) {
	src, err := transform.Cell(cell)
	if err != nil {
		return nil, err
	}
	root, err := parser.ParseString(src, filename, "exec", 0)
	if err != nil {
		return nil, err
	}
	body := root.(*ast.Module).Body
	var out []*code.Code
	for i, st := range body {
		var mod ast.Root = &ast.Module{Body: []ast.Stmt{st}}
		if _, ok := st.(*ast.ExprStmt); ok && i == len(body)-1 {
			mod = &ast.Interactive{Body: []ast.Stmt{st}}
		}
		co, err := compile.CompileAST(mod, filename, 0, -1)
		if err != nil {
			return nil, err
		}
		out = append(out, co)
	}
	return out, nil
}

// RunCell compiles and runs a cell in the user namespace, stopping at the
// first exception. The kernel runs cells this way, and so does %%capture.
func (sh *Shell) RunCell(cell, filename string) error {
	codes, err := sh.CompileCell(cell, filename)
	if err != nil {
		return err
	}
	for _, co := range codes {
		if err := sh.Interp.Exec(co); err != nil {
			return err
		}
	}
	return nil
}

func (sh *Shell) cellFilename() string {
	if sh.CellFilename != "" {
		return sh.CellFilename
	}
	return "<string>"
}
