package main

import (
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"syscall"

	"github.com/bytepy/bytepy/engine"
	"github.com/bytepy/bytepy/kernel"
)

// newEngine makes the interpreter the kernel runs cells with: the VM and
// the magics shell, bound together by package engine.
var newEngine func() kernel.Engine = func() kernel.Engine {
	engine.Version = Version
	return engine.New()
}

func init() {
	commands["kernel"] = command{cmdKernel, "kernel --connection-file FILE [--log-level LEVEL]"}
}

func cmdKernel(args []string) int {
	debugStatsOnSIGUSR1()
	if path := os.Getenv("BYTEPY_CPUPROFILE"); path != "" {
		// As for `bytepy run`: the profile covers the kernel's whole life,
		// written when a shutdown request ends it.
		if f, err := os.Create(path); err == nil {
			pprof.StartCPUProfile(f)
			defer func() { pprof.StopCPUProfile(); f.Close() }()
		}
	}
	return kernel.Main(args, newEngine, Version)
}

// debugStatsOnSIGUSR1 lets a soak test (tests/kernel/soak.py) watch the
// kernel for leaks without touching the Jupyter protocol: each SIGUSR1
// collects garbage and writes one line of goroutine and heap counts to
// stderr, and, when BYTEPY_HEAP_PROFILE names a path, a heap profile to
// PATH.N (N counting signals) for `go tool pprof -diff_base`. Its goroutine
// is counted in the line, a constant one.
func debugStatsOnSIGUSR1() {
	if os.Getenv("BYTEPY_HEAP_PROFILE") != "" {
		// Sample every 4 KiB instead of every 512 KiB: a leak of a few
		// hundred bytes a cell must show up in a profile of a few
		// thousand cells.
		runtime.MemProfileRate = 4096
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGUSR1)
	go func() {
		for n := 1; ; n++ {
			<-sigs
			runtime.GC()
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			prof := ""
			if base := os.Getenv("BYTEPY_HEAP_PROFILE"); base != "" {
				prof = fmt.Sprintf("%s.%d", base, n)
				if f, err := os.Create(prof); err == nil {
					pprof.Lookup("heap").WriteTo(f, 0)
					f.Close()
				} else {
					prof = err.Error()
				}
			}
			fmt.Fprintf(os.Stderr, "bytepy-debug-stats n=%d goroutines=%d heap_alloc=%d heap_inuse=%d heap_objects=%d heap_sys=%d heap_idle=%d heap_released=%d stack_inuse=%d sys=%d total_alloc=%d num_gc=%d profile=%q\n",
				n, runtime.NumGoroutine(), m.HeapAlloc, m.HeapInuse, m.HeapObjects, m.HeapSys, m.HeapIdle, m.HeapReleased, m.StackInuse, m.Sys, m.TotalAlloc, m.NumGC, prof)
		}
	}()
}
