package compile

import (
	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/syntax"
)

// futureInfo is PyFutureFeatures: the co_flags bits the module's
// __future__ imports turn on, and the line of the last of them, after which
// another one is an error.
type futureInfo struct {
	features int
	lineno   int
}

// parseFuture is future.c's future_parse: only a docstring and other
// __future__ imports may precede a __future__ import.
func parseFuture(mod ast.Root, filename string) (futureInfo, error) {
	var fi futureInfo
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return fi, nil
	}
	done := false
	prevLine := 0
	for i, s := range body {
		p := s.GetPos()
		if done && p.Lineno > prevLine {
			return fi, nil
		}
		prevLine = p.Lineno
		switch s := s.(type) {
		case *ast.ImportFrom:
			if s.HasModule && s.Module == "__future__" {
				if done {
					return fi, futureError(filename, "from __future__ imports must occur at the beginning of the file", p)
				}
				for _, a := range s.Names {
					switch a.Name {
					case "nested_scopes", "generators", "division", "absolute_import",
						"with_statement", "print_function", "unicode_literals", "generator_stop":
					case "barry_as_FLUFL":
						fi.features |= code.FutureBarryAsBDFL
					case "annotations":
						fi.features |= code.FutureAnnotations
					case "braces":
						return fi, futureError(filename, "not a chance", p)
					default:
						return fi, futureError(filename, "future feature "+a.Name+" is not defined", p)
					}
				}
				fi.lineno = p.Lineno
			} else {
				done = true
			}
		case *ast.ExprStmt:
			if _, ok := s.Value.(*ast.Str); ok && i == 0 {
				continue
			}
			done = true
		default:
			done = true
		}
	}
	return fi, nil
}

func futureError(filename, msg string, p ast.Pos) error {
	return &syntax.Error{Kind: "SyntaxError", Msg: msg, Filename: filename, Lineno: p.Lineno, Offset: p.ColOffset}
}
