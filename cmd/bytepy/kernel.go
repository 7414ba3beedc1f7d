package main

import (
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
	return kernel.Main(args, newEngine, Version)
}
