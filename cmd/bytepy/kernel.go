package main

import (
	"github.com/bytepy/bytepy/kernel"
)

// newEngine makes the interpreter the kernel runs cells with. The lead
// points it at the real engine once the interpreter is linked; until then
// every cell fails with a clear message instead of the kernel refusing to
// start, so frontends and the protocol tests still work.
var newEngine func() kernel.Engine = func() kernel.Engine { return unlinkedEngine{} }

func init() {
	commands["kernel"] = command{cmdKernel, "kernel --connection-file FILE [--log-level LEVEL]"}
}

func cmdKernel(args []string) int {
	return kernel.Main(args, newEngine, Version)
}

// unlinkedEngine answers the protocol but runs nothing.
type unlinkedEngine struct{}

func (unlinkedEngine) Info() kernel.Info {
	return kernel.Info{
		Banner:       "bytepy " + Version + " (Python 3.7.16 compatible) -- interpreter not linked",
		LanguageInfo: kernel.Python37,
	}
}

func (unlinkedEngine) Execute(req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	const msg = "bytepy: interpreter not linked"
	return kernel.ExecuteResult{Error: &kernel.Error{
		EName: "SystemError", EValue: msg,
		Traceback: []string{"\x1b[0;31mSystemError\x1b[0m: " + msg},
	}}
}

func (unlinkedEngine) Complete(code string, cursor int) kernel.Completion {
	return kernel.Completion{CursorStart: cursor, CursorEnd: cursor}
}

func (unlinkedEngine) Inspect(string, int, int) kernel.Inspection { return kernel.Inspection{} }

func (unlinkedEngine) IsComplete(string) (string, string) { return "unknown", "" }

func (unlinkedEngine) Interrupt() {}
