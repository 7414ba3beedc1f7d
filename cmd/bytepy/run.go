package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"

	"github.com/bytepy/bytepy/interp/compile"
	"github.com/bytepy/bytepy/interp/py"
	"github.com/bytepy/bytepy/interp/vm"
)

func init() {
	vm.Compile = compile.Compile
}

// cmdRun is `python3.7 FILE ARGS...`.
func cmdRun(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "usage: bytepy run FILE [ARGS]")
		return 2
	}
	src, err := readSource(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	dir, _ := filepath.Abs(filepath.Dir(args[0]))
	return runMain(src, args[0], args, dir)
}

// cmdString is `python3.7 -c CODE ARGS...`.
func cmdString(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "Argument expected for the -c option")
		return 2
	}
	wd, _ := os.Getwd()
	argv := append([]string{"-c"}, args[1:]...)
	return runMain([]byte(args[0]), "<string>", argv, wd)
}

// cmdRepl is bare `bytepy`: a program from standard input when it is not a
// terminal, as python3.7 < FILE; an interactive prompt is not built yet.
func cmdRepl([]string) int {
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	wd, _ := os.Getwd()
	return runMain(src, "<stdin>", []string{""}, wd)
}

// runMain compiles src as __main__ and runs it with sys.argv set to argv,
// returning the exit status CPython would: 0, 1 after an uncaught
// exception (its traceback on stderr), or SystemExit's code.
func runMain(src []byte, filename string, argv []string, path0 string) int {
	co, err := compile.Compile(src, filename, "exec", 0, -1)
	if err != nil {
		return reportSyntax(err)
	}
	it := vm.New()
	// stdout is block-buffered as CPython's is on a pipe; anything written
	// to stderr first flushes it so the two streams interleave sensibly.
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	defer out.Flush()
	it.Stdout = out
	it.Stderr = flushFirst{out, os.Stderr}

	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() {
		for range sig {
			it.Interrupt()
		}
	}()
	defer signal.Stop(sig)

	vm.RegisterSource(filename, string(src))
	m := it.NewModule("__main__")
	if filename != "<string>" && filename != "<stdin>" {
		m.Dict.SetStr("__file__", py.NewStr(filename))
	}
	items := make([]py.Value, len(argv))
	for i, a := range argv {
		items[i] = py.NewStr(a)
	}
	it.Sys().Set("argv", py.NewList(items))
	it.Sys().Set("path", py.NewList([]py.Value{py.NewStr(path0)}))

	_, err = it.RunCode(co, m.Dict)
	if err == nil {
		return 0
	}
	if pe, ok := err.(*vm.PyError); ok && pe.Exc.Matches(py.SystemExitType) {
		return exitStatus(it, pe.Exc)
	}
	out.Flush()
	fmt.Fprint(os.Stderr, vm.FormatException(err))
	return 1
}

// exitStatus is what CPython's handle_system_exit does with SystemExit's
// argument: None is 0, an int is the status, anything else is printed.
func exitStatus(it *vm.Interp, e *py.Exception) int {
	a := e.ArgsSlice()
	if len(a) == 0 || a[0].IsNone() {
		return 0
	}
	if a[0].IsInt() {
		return int(a[0].Int())
	}
	if len(a) == 1 {
		s, _ := py.Str_(it.Thread(), a[0])
		it.Stdout.(*bufio.Writer).Flush()
		fmt.Fprintln(os.Stderr, s)
	}
	return 1
}

// flushFirst writes to w after flushing f.
type flushFirst struct {
	f *bufio.Writer
	w io.Writer
}

func (x flushFirst) Write(p []byte) (int, error) {
	x.f.Flush()
	return x.w.Write(p)
}
