package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/bytepy/bytepy/interp/ast"
	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/dis"
	"github.com/bytepy/bytepy/interp/syntax"
	"github.com/bytepy/bytepy/interp/syntax/parser"
)

// cmdDis is `python3.7 -m dis FILE`: compile the file in exec mode under
// the name given on the command line and disassemble it recursively. The
// source is compiled as a file (compile.FileInput), so a SyntaxError reads
// as `python3.7 FILE` prints it.
func cmdDis(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: bytepy dis FILE")
		return 2
	}
	src, err := readSource(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	co, err := compile.Compile(src, args[0], "exec", compile.FileInput, -1)
	if err != nil {
		return reportSyntax(err)
	}
	w := bufio.NewWriter(os.Stdout)
	dis.DisRecursive(w, co)
	w.Flush()
	return 0
}

// cmdAST is `print(ast.dump(ast.parse(source)))`, with SyntaxErrors as
// `python3.7 FILE` reports them (parser.FileInput).
func cmdAST(args []string) int {
	if len(args) != 1 {
		fmt.Fprintln(os.Stderr, "usage: bytepy ast FILE")
		return 2
	}
	src, err := readSource(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	mod, err := parser.Parse(src, args[0], "exec", parser.FileInput)
	if err != nil {
		return reportSyntax(err)
	}
	fmt.Println(ast.Dump(mod))
	return 0
}

// readSource reads a file, or standard input for "-", naming a missing file
// the way python3.7 does.
func readSource(name string) ([]byte, error) {
	if name == "-" {
		return io.ReadAll(os.Stdin)
	}
	b, err := readFileRaw(name)
	if err != nil {
		// os.ReadFile's errors were all *os.PathError, reported so
		return nil, fmt.Errorf("bytepy: can't open file '%s': [Errno 2] No such file or directory", name)
	}
	return b, nil
}

// reportSyntax prints a compile error as CPython prints an uncaught
// SyntaxError and returns exit status 1.
func reportSyntax(err error) int {
	var se *syntax.Error
	if errors.As(err, &se) {
		fmt.Fprint(os.Stderr, se.Format())
	} else {
		fmt.Fprintln(os.Stderr, err)
	}
	return 1
}
