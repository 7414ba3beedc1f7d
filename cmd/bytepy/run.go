package main

import (
	"fmt"
	"os"
)

// The program runner lands with the VM (issue 3); until then these say so.

func cmdRun(args []string) int {
	fmt.Fprintln(os.Stderr, "bytepy run: the VM is not built yet")
	return 2
}

func cmdString(args []string) int { return cmdRun(args) }

func cmdRepl(args []string) int { return cmdRun(args) }
