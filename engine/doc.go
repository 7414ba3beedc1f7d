// Package engine binds the kernel's Engine to the magics shell and the VM:
// it is the IPython InteractiveShell of bytepy.
//
// # The machine
//
// One Engine owns one interpreter (vm.Interp), one __main__ namespace and
// one magics.Shell. A cell travels:
//
//	Execute ──▶ Shell.RunCell (transform, compile per statement) ──▶ VM
//	   ▲                                                               │
//	   └── Output: streams, display hook results, display(), errors ◀──┘
//
// The VM is entered once per request, through vm.Interp.Call of a Go
// builtin that runs the whole cell: the VM's lock is taken once, an
// interrupt that arrived before the cell is cleared once, and a Go panic
// anywhere under it becomes SystemError. Everything that runs Python
// while the cell runs (the statements, get_ipython().run_line_magic
// calling back into a magic, %timeit's loop, repr in the display hook)
// then calls into the VM re-entrantly on the same thread (see inVM), as
// Python code calling Python code would.
//
// Magics reach the VM through vmInterp, the VM's side of magics.Interp.
// Python reaches the shell through get_ipython(), an object of a Go type
// whose methods call the Shell, and through _bytepy_kernel, a Go module
// the Python-source IPython package (ipython/*.py: IPython.display,
// IPython.core.error, ...) imports to publish display data.
//
// # Output
//
// sys.stdout and sys.stderr write to the current cell's Output as text is
// produced (the kernel batches it); the display hook turns a value into a
// MIME bundle (text/plain from IPython's pretty printer, magics/pretty;
// _repr_html_ and friends add theirs) and records it in Out, _, __, ___ and _N as IPython does; an uncaught
// exception becomes one kernel.Error with an IPython-style coloured
// traceback (tb.go). A UsageError is one line, as in IPython.
//
// Completion (complete.go) and inspection (inspect.go) look at the live
// namespace: names, builtins, keywords, attributes of objects reached by
// a dotted name (never by calling anything), modules, magics.
package engine
