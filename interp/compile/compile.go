// Package compile turns a Python 3.7 syntax tree into code objects that are
// byte-for-byte the ones CPython 3.7 builds (Python/compile.c, peephole.c).
//
// The machine has the same stages as CPython's, in the same order, because
// every observable byte depends on their order:
//
//  1. future: the __future__ imports at the top of a module (future.go);
//  2. fold: the AST optimiser (package fold, ast_opt.c);
//  3. symtable: the scope of every name (package symtable);
//  4. code generation: one compiler unit per code object, each a list of
//     basic blocks of instructions that carry their source line
//     (unit.go, and one file per kind of construct: stmt.go, expr.go,
//     call.go, function.go, comprehension.go, try.go, assign.go, jump.go);
//  5. assembly: blocks laid out in order, jump offsets resolved to a fixed
//     point of EXTENDED_ARG sizes, the line table encoded, the stack depth
//     found by walking the flow graph (assemble.go);
//  6. the peephole pass over the finished bytes (peephole.go).
//
// Compiler errors are SyntaxErrors raised deep in the recursive visitors;
// they unwind by panic to compileMod, as compile.c's functions return 0 all
// the way up. With "from __future__ import annotations" annotations are
// stored as source text made by unparse.go (ast_unparse.c).
//
// Constants are de-duplicated exactly as _PyCode_ConstantKey does (consts.go),
// so 0, 0.0, -0.0, False and 0j stay apart while equal tuples merge.
package compile

import (
	"bytes"
	"unicode/utf8"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/code"
	"github.com/bytepy/bytepy/interp/compile/fold"
	"github.com/bytepy/bytepy/interp/compile/symtable"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// The compile() flags that reach co_flags (PyCF_MASK): the future
// features 3.7 still acts on, and the legacy ones (division,
// absolute_import, with_statement, print_function, unicode_literals) that
// are only carried along.
const (
	futureFlagsMask    = code.FutureBarryAsBDFL | code.FutureGeneratorStop | code.FutureAnnotations
	legacyFutureFlags  = 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000
	inheritedFlagsMask = futureFlagsMask | legacyFutureFlags
)

// FileInput is a flag for Compile of bytepy's own (parser.FileInput): src
// was read from a file, as `python3.7 FILE` reads it. Only the SyntaxErrors
// reported at the end of input and for a bad encoding declaration change,
// to the ones that run prints.
const FileInput = parser.FileInput

// Compile is builtins.compile(src, filename, mode, flags, dont_inherit=True,
// optimize): parse, fold, build the symbol table, generate code. mode is
// "exec", "eval" or "single". Errors are *syntax.Error as CPython 3.7 gives
// them; with FileInput in flags, as running the file gives them.
func Compile(src []byte, filename, mode string, flags, optimize int) (*code.Code, error) {
	return compileSource(src, filename, mode, flags, optimize, nil)
}

func compileSource(src []byte, filename, mode string, flags, optimize int, ws *[]Warning) (*code.Code, error) {
	mod, err := parser.Parse(src, filename, mode, flags)
	if err != nil {
		return nil, err
	}
	co, err := compileAST(mod, filename, flags, optimize, ws)
	if se, ok := err.(*syntax.Error); ok && se.Text == "" {
		// CPython reads the offending line back from the file named
		// filename; the source in hand is that file's text.
		se.Text = sourceLine(src, se.Lineno)
	}
	return co, err
}

// sourceLine is what PyErr_ProgramTextObject reads back for line n (from
// 1): the line with universal newlines made "\n", or only its last chunk
// when it is longer than the 1000-byte buffer CPython reads lines into;
// "" when there is no such line or it is not valid UTF-8.
func sourceLine(src []byte, n int) string {
	if n < 1 {
		return ""
	}
	line := 0
	for len(src) > 0 {
		end := bytes.IndexAny(src, "\r\n")
		var text []byte
		switch {
		case end < 0:
			text, src = src, nil
		case src[end] == '\r' && end+1 < len(src) && src[end+1] == '\n':
			text, src = append(src[:end:end], '\n'), src[end+2:]
		default:
			text, src = append(src[:end:end], '\n'), src[end+1:]
		}
		line++
		if line == n {
			const chunk = 999 // fgets into a 1000-byte buffer
			if len(text) > chunk {
				text = text[(len(text)-1)/chunk*chunk:]
			}
			if !utf8.Valid(text) {
				return ""
			}
			return string(text)
		}
	}
	return ""
}

// CompileString is Compile for a Go string.
func CompileString(src, filename, mode string, flags, optimize int) (*code.Code, error) {
	return Compile([]byte(src), filename, mode, flags, optimize)
}

// CompileAST compiles an already parsed module (it still folds and builds
// the symbol table), as PyAST_CompileObject does. Folding rewrites mod in
// place; pass a fresh tree if the caller still needs the original.
func CompileAST(mod ast.Root, filename string, flags, optimize int) (*code.Code, error) {
	return compileAST(mod, filename, flags, optimize, nil)
}

func compileAST(mod ast.Root, filename string, flags, optimize int, ws *[]Warning) (*code.Code, error) {
	if optimize < 0 {
		optimize = 0
	}
	fut, err := parseFuture(mod, filename)
	if err != nil {
		return nil, err
	}
	fut.features |= flags & inheritedFlagsMask
	if err := fold.Optimize(mod, optimize); err != nil {
		return nil, err
	}
	st, err := symtable.Build(mod, filename, fut.features)
	if err != nil {
		return nil, err
	}
	if ws != nil {
		for _, w := range st.Warnings {
			*ws = append(*ws, Warning{w.Category, w.Msg, filename, w.Lineno})
		}
	}
	c := &compiler{
		filename: filename,
		st:       st,
		future:   fut,
		flags:    fut.features,
		optimize: optimize,
		warnings: ws,
	}
	return c.compileMod(mod)
}
