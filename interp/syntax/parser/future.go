package parser

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/syntax"
)

// Future scans a module's leading `from __future__ import` statements as
// Python/future.c does and returns the CO_FUTURE_* flags they set and the
// line of the last one (the compiler rejects later __future__ imports
// itself, as compile.c does, using that line).
//
// Only a docstring and other future imports may precede one; future.c
// stops looking at the first other statement, except that statements
// sharing its line are still checked.
func Future(root ast.Root, filename string) (flags, lineno int, err error) {
	var body []ast.Stmt
	switch m := root.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return 0, 0, nil
	}
	done, docstring := false, false
	prevLine := 0
	for _, s := range body {
		pos := s.GetPos()
		if done && pos.Lineno > prevLine {
			break
		}
		prevLine = pos.Lineno
		switch n := s.(type) {
		case *ast.ImportFrom:
			if !n.HasModule || n.Module != "__future__" {
				done = true
				continue
			}
			if done {
				return 0, 0, futureError(filename, pos, "from __future__ imports must occur at the beginning of the file")
			}
			for _, a := range n.Names {
				switch a.Name {
				case "nested_scopes", "generators", "division", "absolute_import",
					"with_statement", "print_function", "unicode_literals", "generator_stop":
					// Mandatory by 3.7: accepted, no flag.
				case "barry_as_FLUFL":
					flags |= code.FutureBarryAsBDFL
				case "annotations":
					flags |= code.FutureAnnotations
				case "braces":
					return 0, 0, futureError(filename, pos, "not a chance")
				default:
					return 0, 0, futureError(filename, pos, "future feature "+a.Name+" is not defined")
				}
			}
			lineno = pos.Lineno
		case *ast.ExprStmt:
			if _, isStr := n.Value.(*ast.Str); isStr && !docstring {
				docstring = true
			} else {
				done = true
			}
		default:
			done = true
		}
	}
	return flags, lineno, nil
}

// futureError is future.c's error: PyErr_SyntaxLocationObject at the
// statement's col_offset, with the line read from the file if it exists.
func futureError(filename string, pos ast.Pos, msg string) error {
	e := &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: filename, Lineno: pos.Lineno, Offset: pos.ColOffset}
	addProgramText(e)
	return e
}
