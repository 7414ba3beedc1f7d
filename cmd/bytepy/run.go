package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"

	"github.com/bytepy/bytepy/interp/run"
	"github.com/bytepy/bytepy/interp/vm"
)

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
	vm.BatchGC()
	if path := os.Getenv("BYTEPY_CPUPROFILE"); path != "" {
		// For `go tool pprof`: the VM's hot paths are found by profiling
		// whole programs, so the profile covers exactly one run.
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	return run.Main(src, args[0], run.Options{Argv: args, Path0: dir, Signals: true, File: true})
}

// cmdString is `python3.7 -c CODE ARGS...`.
func cmdString(args []string) int {
	if len(args) == 0 {
		fmt.Fprintln(os.Stderr, "Argument expected for the -c option")
		return 2
	}
	wd, _ := os.Getwd()
	argv := append([]string{"-c"}, args[1:]...)
	vm.BatchGC()
	return run.Main([]byte(args[0]), "<string>", run.Options{Argv: argv, Path0: wd, Signals: true})
}
