// Package kernel is bytepy's Jupyter kernel: the messaging protocol (5.3)
// over ZeroMQ, mapped onto an Engine that runs cells.
//
// The machine is a set of goroutines joined by channels, because a zmq4
// socket must not be used by two goroutines for the same direction:
//
//	shell   ROUTER ─reader─▶ queue ─▶ executor ─▶ Engine   (one cell at a time)
//	control ROUTER ─reader─▶ control handler               (served while a cell runs)
//	stdin   ROUTER ─reader─▶ the pending input() call
//	hb      REP    ─echo goroutine
//	iopub   PUB    ◀─(mutex)◀─ status, streams, results, errors
//
// Every ROUTER that sends has one writer goroutine fed by a channel, so
// messages leave in the order they were produced; iopub's PUB socket only
// queues, so its senders hand messages to it directly, in turn under a
// mutex (writer.go). Every frame list that
// arrives goes through wire.Codec.Decode first: a bad signature, a replay,
// a malformed frame list or invalid JSON is logged and dropped before any
// handler sees it, and a panicking handler is recovered, so no input can
// stop the kernel. Below ZeroMQ, the sockets listen through a guard
// (guard.go) that keeps half-open connections from blocking zmq4's accept
// loop and refuses frames announced too large to allocate, and that
// gathers each outgoing message into one write (coalesce.go). Output written
// by a running cell is coalesced (output.go) so that a million print calls
// become about a hundred messages.
//
// A kernel lives long and idles, so it runs the collector at GOGC=100,
// switching to the throughput setting only while a cell runs long
// (memory.go).
//
// Files: kernel.go (sockets, readers, lifecycle), writer.go, shell.go and
// execute.go (shell requests), control.go (control, stdin, SIGINT),
// output.go (a cell's Output), history.go, queue.go, cursor.go,
// connection.go, guard.go, coalesce.go, memory.go, main.go (`bytepy
// kernel`), engine.go (the boundary to the interpreter).
package kernel
