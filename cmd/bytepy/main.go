// Command bytepy is a Python 3.7 implementation and Jupyter kernel.
//
//	bytepy                   the interactive prompt on a terminal (repl.go);
//	                         otherwise run standard input, as python3.7 < FILE
//	bytepy run FILE [ARGS]   run a program, as python3.7 FILE would
//	bytepy -c CODE [ARGS]    run a string of code
//	bytepy dis FILE          disassemble, as python3.7 -m dis FILE
//	bytepy ast FILE          print ast.dump(ast.parse(source)), as 3.7 does
//	bytepy kernel --connection-file FILE
//	                         serve a Jupyter frontend
//	bytepy install [--user | --sys-prefix | --prefix DIR]
//	                         install the Jupyter kernelspec
//	bytepy version           print the version
package main

import (
	"fmt"
	"os"

	_ "github.com/bytepy/bytepy/internal/earlyinit" // before the other packages' inits
)

// Version is bytepy's release, reported by `bytepy version` and the kernel.
const Version = "0.1.0"

// A command is one subcommand: it gets its arguments (without its name)
// and returns the process exit status.
type command struct {
	run   func(args []string) int
	usage string
}

var commands = map[string]command{
	"dis":     {cmdDis, "dis FILE"},
	"ast":     {cmdAST, "ast FILE"},
	"run":     {cmdRun, "run FILE [ARGS]"},
	"version": {cmdVersion, "version"},
}

func main() {
	os.Exit(dispatch(os.Args[1:]))
}

func dispatch(args []string) int {
	if len(args) == 0 {
		return cmdRepl(nil)
	}
	if args[0] == "-c" {
		return cmdString(args[1:])
	}
	if c, ok := commands[args[0]]; ok {
		return c.run(args[1:])
	}
	if args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(os.Stdout)
		return 0
	}
	fmt.Fprintf(os.Stderr, "bytepy: unknown command %q\n", args[0])
	usage(os.Stderr)
	return 2
}

func usage(w *os.File) {
	fmt.Fprintln(w, "usage: bytepy [-c CODE | COMMAND ARGS...]")
	fmt.Fprintln(w, "commands:")
	for _, name := range []string{"run", "dis", "ast", "kernel", "install", "version"} {
		if c, ok := commands[name]; ok {
			fmt.Fprintf(w, "  bytepy %s\n", c.usage)
		}
	}
}

func cmdVersion([]string) int {
	fmt.Printf("bytepy %s (Python 3.7.16 compatible)\n", Version)
	return 0
}
