// Package astmod is the ast module. Parsing is the front end's own
// parser (interp/syntax/parser); the Go tree crosses into Python as the
// text of ast.DumpAttrs — which is a Python expression calling the node
// classes with keyword arguments — evaluated against the node classes of
// ast.py. That keeps one description of the 3.7 node shapes (the Go
// dumper, tested against CPython's ast.dump) instead of a second,
// node-by-node converter. Everything else (dump, walk, NodeVisitor,
// literal_eval, ...) is Python in ast.py, embedded with the generated
// node table nodes.py. Importing ast also teaches builtins.compile to
// take a tree (tognode.go turns it back into Go nodes) and the
// PyCF_ONLY_AST flag.
package astmod

import (
	_ "embed"
	"errors"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
	"github.com/bytepy/bytepy/interp/vm"
)

//go:embed nodes.py
var nodesSource []byte

//go:embed ast.py
var astSource []byte

func init() {
	vm.RegisterModule("_ast_parse", func(it *vm.Interp, m *py.Module) error {
		m.Dict.SetStr("parse_dump", py.NewBuiltin("parse_dump", parseDump))
		m.Dict.SetStr("install_compile", py.NewBuiltin("install_compile", func(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
			if len(a) != 2 {
				return py.Null, py.Errorf(py.TypeErrorType, "install_compile() takes 2 arguments")
			}
			installCompile(it, a[0], a[1])
			return py.None, nil
		}))
		return nil
	})
	vm.RegisterSourceModuleParts("ast", "<frozen ast>", nodesSource, astSource)
}

// parseDump is parse_dump(source, filename, mode): the parsed tree as
// ast.dump(tree, include_attributes=True) text, or SyntaxError.
func parseDump(t *py.Thread, a []py.Value, kw []string) (py.Value, *py.Exception) {
	if len(a) != 3 || len(kw) > 0 {
		return py.Null, py.Errorf(py.TypeErrorType, "parse_dump() takes exactly 3 arguments")
	}
	var src string
	switch {
	case py.IsStr(a[0]):
		src = py.StrOf(a[0])
	default:
		b, ok := py.BytesOf(a[0])
		if !ok {
			return py.Null, py.Errorf(py.TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
		}
		src = string(b)
	}
	if !py.IsStr(a[1]) || !py.IsStr(a[2]) {
		return py.Null, py.Errorf(py.TypeErrorType, "parse_dump() arguments 2 and 3 must be str")
	}
	mode := py.StrOf(a[2])
	if mode != "exec" && mode != "eval" && mode != "single" {
		return py.Null, py.Errorf(py.ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	root, err := parser.ParseString(src, py.StrOf(a[1]), mode, 0)
	if err != nil {
		var se *syntax.Error
		if errors.As(err, &se) {
			return py.Null, vm.SyntaxErrorFrom(se)
		}
		return py.Null, py.Errorf(py.SystemErrorType, "%s", err.Error())
	}
	return py.NewStr(ast.DumpAttrs(root)), nil
}
