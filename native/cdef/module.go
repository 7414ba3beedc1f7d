// Package cdef is the front end of %%native: it reads a cell of Cython's
// declaration subset (cdef/cpdef functions, typed parameters, cdef variables,
// cdef: blocks, fixed C arrays, libc.math cimports) and returns the same cell
// as plain Python together with a side table of what was declared.
//
// The machine is a pre-processor, not a second parser. A light lexer cuts the
// cell into logical lines; each line that carries Cython syntax is rewritten
// in place by a few byte-range edits (drop "cdef int ", drop a parameter's
// type, turn "cdef:" into "if 1:", turn a declaration without a value into
// "pass"), never adding or removing a newline. The result is what the real
// Python 3.7 parser accepts, so the AST, its line numbers and — through the
// recorded edits — its columns all speak about the user's own text. The side
// table (Module.Funcs, Module.Globals) is keyed by source order, and the AST's
// FunctionDefs are matched to it in the same order.
package cdef

import (
	"github.com/bytepy/bytepy/interp/ast"
)

// FuncKind says how a function was introduced.
type FuncKind int

const (
	Def   FuncKind = iota // def f(...)
	Cpdef                 // cpdef RET f(...): C and Python callable
	Cdef                  // cdef RET f(...): C only
)

func (k FuncKind) String() string { return [...]string{"def", "cpdef", "cdef"}[k] }

// Var is a declared variable or parameter.
type Var struct {
	Name      string
	Type      *Type // nil for an untyped parameter
	Line, Col int   // of the name, in the original cell
	HasInit   bool
}

// FuncDecl is what the declarations say about one function.
type FuncDecl struct {
	Name     string
	Kind     FuncKind
	Line     int   // of the def/cdef/cpdef keyword
	Ret      *Type // declared result; nil when not declared (object)
	Except   string
	Nogil    bool
	InClass  bool
	Params   []*Var
	Locals   map[string]*Var
	Node     *ast.FunctionDef
	Typed    bool // any typed parameter or cdef local: a candidate for C
	Defaults int  // how many trailing parameters have defaults
}

// Module is a parsed cell.
type Module struct {
	Filename string
	Source   string // the cell as given (ending in a newline)
	Python   string // the rewritten cell, same lines
	Root     *ast.Module
	Funcs    []*FuncDecl
	Globals  map[string]*Var
	CImports map[string]string // local name -> libc.math function
	// BlockLines holds the lines whose "cdef:" became "if 1:".
	BlockLines map[int]bool
	// DeclLines holds the lines that only declare (now "pass" or plain
	// assignments); their C-ness matters to the annotation.
	DeclLines map[int]bool
	edits     map[int][]edit
}

// edit replaces bytes [col, col+oldLen) of a line by newLen bytes.
type edit struct{ col, oldLen, newLen int }

// OrigCol maps a 0-based column of the rewritten line to the original cell.
func (m *Module) OrigCol(line, col int) int {
	shift := 0
	for _, e := range m.edits[line] {
		newStart := e.col + shift
		if col < newStart {
			break
		}
		if col < newStart+e.newLen {
			return e.col
		}
		shift += e.newLen - e.oldLen
	}
	return col - shift
}

// FuncByNode returns the declarations of a function node.
func (m *Module) FuncByNode(fd *ast.FunctionDef) *FuncDecl {
	for _, f := range m.Funcs {
		if f.Node == fd {
			return f
		}
	}
	return nil
}
